using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// The incident filters a command shares with the API (--bbox, --from, --to, --types). Commands
/// turn their options into the query string the API would get, so one parser in Core checks both.
/// </summary>
internal abstract class IncidentFilterSettings : CommandSettings
{
    [CommandOption("--bbox <BBOX>")]
    [Description("minLon,minLat,maxLon,maxLat")]
    public string? Bbox { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("First day, YYYY-MM-DD.")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last day, YYYY-MM-DD.")]
    public string? To { get; init; }

    [CommandOption("--types <TYPES>")]
    [Description("Event types, comma-separated (ACLED codes or labels).")]
    public string? Types { get; init; }

    /// <summary>The shared filters and <paramref name="more"/> of the command's own, as query parameters (unset ones left out).</summary>
    protected IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> AsQuery(params (string Name, object? Value)[] more) =>
        new (string Name, object? Value)[] { ("bbox", Bbox), ("from", From), ("to", To), ("types", Types) }
            .Concat(more)
            .Where(p => p.Value is not null)
            .Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Name, [Convert.ToString(p.Value, CultureInfo.InvariantCulture)!]));
}
