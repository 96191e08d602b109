using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Data.Tiles.Cells;
using Npgsql;

namespace BorderMap.Data.Tiles;

/// <summary>An XYZ tile address, checked: z from 0 to <see cref="MaxZoom"/>, x and y within 2^z.</summary>
public sealed record TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    /// <summary>
    /// The deepest zoom that adds detail, which TileJSON declares so clients overzoom past it: the
    /// places incidents are put at (GeoNames, 4–5 decimals: 1–10 m) and the border line (OpenStreetMap
    /// at ~10 m) are coarser than a z14 tile's unit (2.4 km / 4096 = 0.6 m at the equator), and no z14
    /// tile over the region holds more incidents than are drawn one by one. Deeper tiles are still served.
    /// </summary>
    public const int DataMaxZoom = 14;

    public override string ToString() => $"{Z}/{X}/{Y}";
}

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

/// <summary>Builds Mapbox vector tiles in PostGIS (<c>ST_AsMVT</c>).</summary>
public sealed class TileStore(NpgsqlDataSource dataSource)
{
    /// <summary>A number that changes whenever incidents change; tiles cached under another number may be stale.</summary>
    public Task<long> IncidentDataVersionAsync(CancellationToken ct) => IncidentDataVersion.ReadAsync(dataSource, ct);

    /// <param name="filters">The incident list filters (bbox, near and paging do not apply to a tile).</param>
    /// <param name="maxPoints">The most incidents a tile draws one by one; beyond, it draws clusters.</param>
    public async Task<byte[]> TileAsync(TileLayer layer, TileAddress tile, IncidentQuery filters, int maxPoints, CancellationToken ct)
    {
        if (!layer.Filterable)
        {
            await using var command = Command(layer.SqlName, tile, null);
            return (byte[])(await command.ExecuteScalarAsync(ct))!;
        }
        return await IncidentTileFromCellsAsync(tile, filters, maxPoints, ct) ?? await IncidentTileFromPointsAsync(tile, filters, maxPoints, ct);
    }

    /// <summary>The incidents tile from the points, whatever the zoom: each point up to <paramref name="maxPoints"/>, else clusters.</summary>
    public async Task<byte[]> IncidentTileFromPointsAsync(TileAddress tile, IncidentQuery filters, int maxPoints, CancellationToken ct)
    {
        await using var command = Command(TileLayer.Incidents.SqlName, tile, filters);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxPoints });
        return (byte[])(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// The clustered incidents tile from the cell table (<see cref="IncidentCells"/>); null when the
    /// cells cannot give it exactly (not a cell zoom, a date filter, or a cell of the tile changed since
    /// the last refresh) or when the tile holds at most <paramref name="maxPoints"/>, which are drawn one by one.
    /// </summary>
    public async Task<byte[]?> IncidentTileFromCellsAsync(TileAddress tile, IncidentQuery filters, int maxPoints, CancellationToken ct)
    {
        if (!IncidentCells.CanBuild(tile, filters)) return null;
        await using var command = Command("Tiles.IncidentCellTile", tile, filters);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxPoints });
        return await command.ExecuteScalarAsync(ct) as byte[];
    }

    private NpgsqlCommand Command(string sqlName, TileAddress tile, IncidentQuery? filters)
    {
        var command = dataSource.CreateCommand(SqlScripts.Load(sqlName));
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<int> { TypedValue = tile.Z });
        p.Add(new NpgsqlParameter<int> { TypedValue = tile.X });
        p.Add(new NpgsqlParameter<int> { TypedValue = tile.Y });
        if (filters is not null) IncidentFilterParameters.AddWithoutArea(p, filters);
        return command;
    }
}
