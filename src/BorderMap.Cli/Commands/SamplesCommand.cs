using System.ComponentModel;
using BorderMap.Cli.Evaluation;
using BorderMap.Cli.Samples;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// Compiles the real-reporting development set's border incidents into geodata/samples/real-incidents.json
/// (one incident per event, every article that reports it cited), or checks that the committed file is current.
/// </summary>
internal sealed class SamplesCommand : Command<SamplesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--devset <DIR>")]
        [Description("the folder of gold facts (default: bench/geoparse/devset in the checkout)")]
        public string? DevSet { get; init; }

        [CommandOption("--check")]
        [Description("only check that the committed file equals a fresh compilation (exit code 1 when it does not)")]
        public bool Check { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var root = CliDatabase.CheckoutRoot();
        var articles = DevSet.Load(settings.DevSet ?? DevSet.FolderIn(root));
        var events = RealIncidents.Group(articles);
        var text = RealIncidentsFile.Compile(events);
        var path = Path.Combine(root, "geodata", "samples", RealIncidentsFile.Name);
        var relative = Path.GetRelativePath(root, path);

        if (settings.Check)
        {
            var current = File.Exists(path) && File.ReadAllText(path) == text;
            AnsiConsole.MarkupLineInterpolated($"{relative} is {(current ? "current" : "out of date: run bordermap samples")}");
            return current ? 0 : 1;
        }
        File.WriteAllText(path, text);
        AnsiConsole.MarkupLineInterpolated(
            $"{relative}: {events.Count} incidents from {events.Sum(e => e.Count)} accounts in {articles.Count(a => a.Incidents.Any(i => i.OnBorder))} articles");
        return 0;
    }
}
