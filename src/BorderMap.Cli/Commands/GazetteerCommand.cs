using System.ComponentModel;
using BorderMap.Data.Geodata;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>Looks a name up in the checkout's gazetteer as the geoparser would, without a server: any spelling, any script, declined Russian forms.</summary>
internal sealed class GazetteerCommand : Command<GazetteerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("the name as a text prints it, e.g. \"Imam Sahib district\" or \"Пянджского\"")]
        public string Name { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var geodata = GeodataFiles.Read(Path.Combine(CliDatabase.CheckoutRoot(), "geodata"));
        var extractor = new Core.Geoparsing.IncidentExtractor(geodata.BuildGazetteer(), geodata.BuildBorder());
        var table = new Table().AddColumns("option", "kind", "country", "score", "km to border", "lon, lat");
        foreach (var option in extractor.Lookup(settings.Name))
        {
            table.AddRow(Markup.Escape(option.Name), option.Kind.ToString(), option.Country, option.MatchScore.ToString("0.00"),
                option.BorderDistanceM is { } d ? (d / 1000).ToString("0") : "–", option.Location is { } at ? $"{at.Lon:0.000}, {at.Lat:0.000}" : "–");
        }
        AnsiConsole.Write(table);
        var placed = extractor.Geocode(settings.Name, null);
        AnsiConsole.MarkupLineInterpolated($"as \"in {settings.Name}\": {(placed is null ? "not placed" : $"{placed.PlaceName} ({placed.Country}, precision {(int)placed.Precision}) at {placed.Location.Lon:0.000}, {placed.Location.Lat:0.000}")}");
        return 0;
    }
}
