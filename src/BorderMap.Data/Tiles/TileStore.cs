using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Data.Tiles.Cells;
using Npgsql;

namespace BorderMap.Data.Tiles;

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
