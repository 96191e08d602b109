using System.ComponentModel;
using BorderMap.Core.Analytics;
using BorderMap.Data.Analytics;
using BorderMap.Rendering;
using BorderMap.Rendering.Charts;
using BorderMap.Rendering.Scenes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary><c>bordermap render heatmap|timeline --out FILE.png</c>: the same PNGs as /maps, without a server.</summary>
internal sealed class RenderCommand : AsyncCommand<RenderCommand.Settings>
{
    public sealed class Settings : IncidentFilterSettings
    {
        [CommandArgument(0, "<WHAT>")]
        [Description("heatmap or timeline.")]
        public string What { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("The PNG file to write.")]
        public string Out { get; init; } = "";

        [CommandOption("--width <PIXELS>")]
        public int? Width { get; init; }

        [CommandOption("--height <PIXELS>")]
        public int? Height { get; init; }

        [CommandOption("--interval <INTERVAL>")]
        [Description("Timeline buckets: day, week or month.")]
        public string? Interval { get; init; }

        public override ValidationResult Validate() =>
            What is not ("heatmap" or "timeline") ? ValidationResult.Error("render heatmap or render timeline")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE.png is required")
            : ValidationResult.Success();

        /// <summary>The options as the query string /maps would get, so both hosts parse them the same way.</summary>
        public IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Parameters() =>
            AsQuery(("width", Width), ("height", Height), ("interval", Interval));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var heatmap = settings.What == "heatmap";
        MapRequest request;
        try
        {
            request = MapRequest.Parse(settings.Parameters(), defaultWidth: heatmap ? 1600 : 1200, defaultHeight: heatmap ? 1000 : 480);
        }
        catch (BorderMap.Core.Validation.InputValidationException e)
        {
            foreach (var (field, messages) in e.Errors.ToDictionary())
                AnsiConsole.MarkupLineInterpolated($"[red]--{field} {string.Join("; ", messages)}[/]");
            return 2;
        }

        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var contents = new MapContents(new Analyses(new AnalyticsStore(dataSource)), new MapStore(dataSource));
        byte[] png = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"rendering {settings.What} {request.Width}×{request.Height}", maxValue: 1);
                var reporter = new Progress<double>(f => task.Value = Math.Max(task.Value, f));
                if (heatmap)
                {
                    var plan = await contents.PlanHeatmapAsync(request, AnalyticsBudget.Unlimited, ct);
                    var content = await contents.HeatmapAsync(request, plan, reporter, ct);
                    // The renderer reports 0–1 for its own part; it is the last 30 % of the work.
                    png = new MapRenderer().RenderToPng(HeatmapMapScene.Build(content, request), new Progress<double>(f => task.Value = 0.7 + 0.3 * f));
                }
                else
                {
                    var (totals, summary) = await contents.TimelineAsync(request, ct);
                    var (buckets, options) = TimelineScene.Build(totals, summary, request);
                    png = new TimelineChart().RenderToPng(buckets, options, reporter);
                }
                task.Value = 1;
            });

        await File.WriteAllBytesAsync(settings.Out, png, ct);
        AnsiConsole.MarkupLineInterpolated($"[green]wrote {settings.Out} ({png.Length:N0} bytes)[/]");
        return 0;
    }
}
