using System.ComponentModel;
using System.Diagnostics;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary><c>bordermap export FORMAT</c>: the same exports as GET /api/v1/exports/incidents.{format}, to a file, with a progress bar.</summary>
internal sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : IncidentFilterSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("gpkg, geojson, shp.zip, kml, csv, csv.zip (with GDAL's .csvt and a .prj) or acled.csv (ACLED's columns in ACLED's order).")]
        public string Format { get; init; } = "";

        [CommandOption("-o|--out <PATH>")]
        [Description("The file to write; default bordermap-incidents.<format> in the current folder.")]
        public string? Out { get; init; }

        [CommandOption("--country <CODE>")]
        public string? Country { get; init; }

        [CommandOption("--min-precision <N>")]
        [Description("1, 2 or 3: keep incidents at least that precise.")]
        public string? MinPrecision { get; init; }

        [CommandOption("--include-retracted")]
        public bool IncludeRetracted { get; init; }

        [CommandOption("--raw")]
        [Description("CSV cells as stored, without the leading apostrophe that keeps spreadsheets from running formulas: for machines only.")]
        public bool Raw { get; init; }

        public override ValidationResult Validate() =>
            ExportFormat.Find(Format) is null
                ? ValidationResult.Error($"FORMAT must be one of {string.Join(", ", ExportFormat.All.Select(f => f.Extension))}")
                : ValidationResult.Success();

        /// <summary>The options as the query string the API takes, so both are parsed by the same code.</summary>
        public IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Filters() =>
            AsQuery(("country", Country), ("minPrecision", MinPrecision), ("includeRetracted", IncludeRetracted ? "true" : null));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var format = ExportFormat.Find(settings.Format)!;
        IncidentQuery query;
        try
        {
            query = IncidentQueryParser.Parse(settings.Filters());
        }
        catch (InputValidationException e)
        {
            foreach (var (field, messages) in e.Errors.ToDictionary())
                AnsiConsole.MarkupLineInterpolated($"[red]--{field}: {string.Join("; ", messages)}[/]");
            return 2;
        }

        var path = Path.GetFullPath(settings.Out ?? format.FileName("bordermap-incidents"));
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var exporter = new IncidentExporter(new ExportStore(dataSource));
        var total = await exporter.CountAsync(query, ct);
        var clock = Stopwatch.StartNew();

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"exporting {total:N0} incidents to {Path.GetFileName(path)}", maxValue: Math.Max(total, 1));
                await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await exporter.WriteAsync(format, query, file, new Progress<long>(rows => task.Value = rows), ct, settings.Raw);
                task.Value = task.MaxValue;
            });

        using var self = Process.GetCurrentProcess();
        AnsiConsole.MarkupLineInterpolated(
            $"[green]wrote {total:N0} incidents to {path} ({new FileInfo(path).Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s; peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB[/]");
        return 0;
    }
}
