using System.ComponentModel;
using System.Diagnostics;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Geodata;
using BorderMap.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// <c>bordermap import FILE</c>: the same import as POST /api/v1/incidents:import (one
/// <see cref="IncidentImporter"/>), from a file, with a progress bar over its bytes.
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("ACLED's CSV (or its deleted-events CSV), or a GeoJSON FeatureCollection (.geojson, .json).")]
        public string File { get; init; } = "";

        [CommandOption("--mode <MODE>")]
        [Description("all (default): nothing is stored when a row is bad; partial: the good rows are stored.")]
        [DefaultValue("all")]
        public string Mode { get; init; } = "all";

        [CommandOption("--author <NAME>")]
        [Description("Who the revisions name; default cli:<user>.")]
        public string? Author { get; init; }

        [CommandOption("--synthetic")]
        [Description("Flag every incident as synthetic (benchmark rows: labelled so on every map and export).")]
        public bool Synthetic { get; init; }

        public override ValidationResult Validate() =>
            !System.IO.File.Exists(File) ? ValidationResult.Error($"{File} does not exist")
            : Mode is not ("all" or "partial") ? ValidationResult.Error("--mode must be all or partial")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var path = Path.GetFullPath(settings.File);
        var format = Path.GetExtension(path).ToLowerInvariant() is ".geojson" or ".json" ? ImportFormat.GeoJson : ImportFormat.Csv;
        var options = new ImportOptions(format, settings.Mode == "partial" ? ImportMode.Partial : ImportMode.All,
            settings.Author ?? $"cli:{Environment.UserName}", settings.Synthetic);

        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var geodata = GeodataFiles.Read(Path.Combine(CliDatabase.CheckoutRoot(), "geodata"));
        var border = geodata.BuildBorder();
        var importer = new IncidentImporter(dataSource, new IncidentExtractor(geodata.BuildGazetteer(), border), border, geodata.Version, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        ImportResult? result = null;
        try
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
                    var task = progress.AddTask($"importing {Path.GetFileName(path)}", maxValue: Math.Max(file.Length, 1));
                    result = await importer.ImportAsync(file, options, new Progress<long>(bytes => task.Value = bytes), ct);
                    task.Value = task.MaxValue;
                });
        }
        catch (ImportFileException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{path}: {e.Message}; nothing was stored[/]");
            return 2;
        }
        return Report(result!, clock.Elapsed);
    }

    private static int Report(ImportResult r, TimeSpan elapsed)
    {
        foreach (var row in r.Rejected) AnsiConsole.MarkupLineInterpolated($"[yellow]line {row.Line}: {row.Reason}[/]");
        if (r.RejectedCount > r.Rejected.Count) AnsiConsole.MarkupLineInterpolated($"[yellow]… and {r.RejectedCount - r.Rejected.Count:N0} more rejected rows[/]");
        var rows = r.Inserted + r.Updated + r.Unchanged + r.Inactive + r.Retracted + r.Unknown + r.RejectedCount;
        using var self = Process.GetCurrentProcess();
        var summary = $"{rows:N0} rows in {elapsed.TotalSeconds:F1} s ({rows / Math.Max(elapsed.TotalSeconds, 0.001):N0} rows/s): "
            + $"{r.Inserted:N0} inserted, {r.Updated:N0} updated, {r.Unchanged:N0} unchanged, {r.Inactive:N0} on retracted incidents, "
            + $"{r.Retracted:N0} retracted, {r.Unknown:N0} deleted events unknown here, {r.RejectedCount:N0} rejected; "
            + $"peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB";
        if (!r.Committed)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{summary}. Nothing was stored (--mode partial stores the good rows).[/]");
            return 1;
        }
        AnsiConsole.MarkupLineInterpolated($"[green]{summary}[/]");
        return 0;
    }
}
