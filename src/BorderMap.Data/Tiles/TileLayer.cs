namespace BorderMap.Data.Tiles;

/// <summary>A vector tile layer BorderMap serves, with the embedded query that builds it.</summary>
public sealed record TileLayer(string Id, string Title, string SqlName, bool Filterable, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>
    /// By default, a tile holding more incidents than this draws them as grid clusters, at any zoom
    /// (about 50 bytes a point: ≤ 250 KB); up to this many it draws each one (<c>Tiles:MaxPointsPerTile</c>).
    /// </summary>
    public const int MaxPointsPerTile = 5000;

    public static readonly TileLayer Incidents = new("incidents", "BorderMap incidents", "Tiles.IncidentTile", Filterable: true,
        new Dictionary<string, string>
        {
            ["id"] = "Number", ["date"] = "String: ISO 8601 day", ["day"] = "Number: days since 1970-01-01",
            ["event_type"] = "String", ["fatalities"] = "Number", ["geo_precision"] = "Number",
            ["count"] = "Number: incidents in a cluster (clustered tiles only)",
            ["first_date"] = "String: a cluster's earliest day", ["last_date"] = "String: a cluster's latest day",
        }.Concat(Core.Incidents.EventType.All.Select(t => KeyValuePair.Create(t.Code,
            $"Number: a cluster's {t.Label} incidents, absent when none (clustered tiles only; a cluster's event_type is its most frequent type)")))
            .ToDictionary());

    public static readonly TileLayer BorderSegments = new("border_segments", "Tajik–Afghan border segments", "Tiles.BorderSegmentTile", Filterable: false,
        new Dictionary<string, string> { ["id"] = "String", ["ordinal"] = "Number", ["name"] = "String", ["length_m"] = "Number" });

    public static readonly TileLayer Crossings = new("crossings", "Border crossings", "Tiles.CrossingTile", Filterable: false,
        new Dictionary<string, string> { ["id"] = "String", ["name"] = "String", ["kind"] = "String", ["segment_id"] = "String" });

    public static IReadOnlyList<TileLayer> All { get; } = [Incidents, BorderSegments, Crossings];

    public static TileLayer? Find(string id) => All.FirstOrDefault(l => l.Id == id);
}
