using System.ComponentModel;
using System.Diagnostics;
using BorderMap.Cli.Evaluation;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Geodata;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// Scores the geoparser on the real-reporting development set (bench/geoparse/devset): detection
/// precision, recall and F1 of border incidents, then place, side, date and type of what it found,
/// by language, with each article's differences on request.
/// </summary>
internal sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--part <PART>")]
        [Description("tune (two thirds, the default), test (the last third: score it once a session) or all")]
        [DefaultValue("tune")]
        public string Part { get; init; } = "tune";

        [CommandOption("--devset <DIR>")]
        [Description("the folder of gold facts (default: bench/geoparse/devset in the checkout)")]
        public string? DevSet { get; init; }

        [CommandOption("--texts <DIR>")]
        [Description("the folder of article texts named <sha256>.txt (default: ~/.cache/bordermap/articles)")]
        public string? Texts { get; init; }

        [CommandOption("--id <ID>")]
        [Description("score only this article and print how it was read (mentions, events, skipped sentences)")]
        public string? Id { get; init; }

        [CommandOption("--diff")]
        [Description("print every article's misses and extra reports")]
        public bool Diff { get; init; }

        public override ValidationResult Validate() =>
            Part is "tune" or "test" or "all" ? ValidationResult.Success() : ValidationResult.Error("--part must be tune, test or all");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var root = CliDatabase.CheckoutRoot();
        var articles = DevSet.Load(settings.DevSet ?? DevSet.FolderIn(root))
            .Where(a => settings.Id is null ? true : a.Id == settings.Id)
            .Where(a => settings.Id is not null || settings.Part == "all" || a.Part.ToString().Equals(settings.Part, StringComparison.OrdinalIgnoreCase)).ToList();
        var texts = settings.Texts ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bordermap", "articles");

        var geodata = GeodataFiles.Read(Path.Combine(root, "geodata"));
        var extractor = new IncidentExtractor(geodata.BuildGazetteer(), geodata.BuildBorder());

        var scores = new List<ArticleScore>();
        var missing = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var text = DevSet.ReadText(texts, article);
            if (text is null)
            {
                missing.Add(article.Id);
                continue;
            }
            var trace = extractor.Explain(new Article(text, article.Published, article.Title, article.Url));
            var result = trace.Result;
            if (settings.Id is not null) EvalReport.WriteTrace(trace);
            var found = result.Incidents.Select(i => new FoundIncident(i.Date, i.TimePrecision, i.EventType.Code, i.Location, i.Country, i.GeoPrecision, i.PlaceName)).ToList();
            scores.Add(Scoring.Score(article, found));
        }
        clock.Stop();

        if (settings.Diff || settings.Id is not null)
        {
            foreach (var score in scores) EvalReport.WriteDiff(score);
        }
        EvalReport.WriteFigures($"part {settings.Part}", scores);
        AnsiConsole.MarkupLineInterpolated($"{scores.Count} articles scored in {clock.Elapsed.TotalSeconds:0.0} s; {missing.Count} without their text in {texts}{(missing.Count > 0 ? ": " + string.Join(", ", missing) : "")}");
        return 0;
    }
}
