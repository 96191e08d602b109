using System.ComponentModel;
using BorderMap.Data.Geodata;
using BorderMap.Data.Synthetic;
using BorderMap.Data.Tiles.Cells;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

internal sealed class SeedCommand : AsyncCommand<SeedCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--synthetic <COUNT>")]
        [Description("How many synthetic incidents to load.")]
        public int Synthetic { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Random seed; the same seed and count always give the same incidents.")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--no-border-context")]
        [Description("Leave side, segment and crossing empty (as an import of bare points would); the next server start reprocesses them.")]
        public bool NoBorderContext { get; init; }

        public override ValidationResult Validate() =>
            Synthetic is > 0 and <= 50_000_000
                ? ValidationResult.Success()
                : ValidationResult.Error("--synthetic must be a count from 1 to 50,000,000");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var hotspots = Hotspot.ReadCsv(Path.Combine(CliDatabase.CheckoutRoot(), "bench", "hotspots.csv"));
        var drafts = new SyntheticIncidents(hotspots, settings.Seed).Generate(settings.Synthetic);
        var geodata = GeodataFiles.Read(Path.Combine(CliDatabase.CheckoutRoot(), "geodata"));
        await GeodataLoader.EnsureLoadedAsync(dataSource, geodata, ct);
        var placement = settings.NoBorderContext ? null : new SyntheticPlacement(geodata.BuildBorder(), geodata.Version);

        LoadResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"loading {settings.Synthetic:N0} synthetic incidents", maxValue: settings.Synthetic);
                result = await SyntheticLoader.LoadAsync(dataSource, drafts, settings.Synthetic, new Progress<long>(rows => task.Value = rows), ct, placement);
                task.Value = settings.Synthetic;
            });

        AnsiConsole.MarkupLineInterpolated(
            $"[green]loaded {result!.Rows:N0} synthetic incidents in {result.Elapsed.TotalSeconds:F1} s: {result.RowsPerSecond:N0} rows/s[/]");
        if (result.RebuiltIndexes)
            AnsiConsole.MarkupLineInterpolated(
                $"copy {result.Copying.TotalSeconds:F1} s, tile cells recounted {result.CountingCells.TotalSeconds:F1} s, then indexes rebuilt after the commit {result.Indexing.TotalSeconds:F1} s");

        // A smaller load marked its cells stale: the server refreshes them too, but a benchmark wants them counted when the seed ends.
        if (await IncidentCells.RefreshAsync(dataSource, ct) is { StaleCells: > 0 } cells)
            AnsiConsole.MarkupLineInterpolated($"[green]tile cells: {cells.StaleCells:N0} stale cells recounted in {cells.Elapsed.TotalSeconds:F1} s[/]");
        return 0;
    }
}
