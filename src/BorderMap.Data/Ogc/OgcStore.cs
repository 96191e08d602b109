using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Ogc;

/// <summary>
/// What a page of items held besides its features: how many it returned, the number matching the
/// filters (counted up to the caller's ceiling, so it may be that ceiling when more match; null when
/// counting would cost more than the page), the last
/// id when another page follows, and the incidents change counter the page was read at (when asked for).
/// </summary>
public sealed record OgcPage(int NumberReturned, long? NumberMatched, string? NextAfter, long? DataVersion);

public sealed record OgcExtent(string Collection, double[]? Bbox, DateOnly? FirstDay, DateOnly? LastDay);

/// <summary>
/// Reads OGC collections. PostGIS transforms and encodes the geometries; the rows' properties are
/// written as GeoJSON straight from the reader (<see cref="OgcFeatureWriter"/>).
/// </summary>
public sealed class OgcStore(NpgsqlDataSource dataSource)
{
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    /// <summary>Writes a page of items to <paramref name="features"/> as a JSON array of GeoJSON features.</summary>
    /// <param name="countUpTo">Matches are counted up to this many and no further, whatever the filters select.</param>
    /// <param name="knownMatched">
    /// numberMatched for these filters if the caller already knows it at the given value of the
    /// incidents change counter (incidents only); otherwise the matches are counted.
    /// </param>
    /// <param name="filteredRowsMax">
    /// A CQL2-filtered page counts its matches only when its bbox and plain filters hold at most this
    /// many incidents (read from the tile cells): the filter is tested on every one of them, which
    /// past a few thousand costs more than the page. Beyond it numberMatched is left out.
    /// </param>
    public async Task<OgcPage> WriteItemsAsync(OgcCollection collection, OgcItemsQuery query, Utf8JsonWriter features,
        long countUpTo, long filteredRowsMax, Func<long, long?>? knownMatched, CancellationToken ct)
    {
        var returned = 0;
        string? lastId = null, next = null;
        long? version = null, matched = null;
        features.WriteStartArray();
        await using (var batch = dataSource.CreateBatch())
        {
            batch.BatchCommands.Add(Items(collection, query, id: null));
            await using var reader = await batch.ExecuteReaderAsync(ct);
            OgcFeatureWriter? writer = null;
            // One row more than asked tells whether another page exists.
            while (await reader.ReadAsync(ct))
            {
                writer ??= OgcFeatureWriter.For(collection, reader);
                if (returned == query.Limit)
                {
                    next = lastId;
                    break;
                }
                writer.WriteOpen(features, reader);
                features.WriteEndObject();
                lastId = writer.IdOf(reader);
                returned++;
                version ??= writer.DataVersionOf(reader);
            }
        }
        features.WriteEndArray();
        if (knownMatched is not null && version is { } v) matched = knownMatched(v);
        else version = null; // an empty page read no counter: count, and remember nothing
        if (matched is null && collection == OgcCollection.Incidents && (query.Filter is not null || query.Datetime is null))
        {
            // Without a date or CQL2 filter the cells' count is the answer; with a CQL2 filter it is
            // the number of incidents the filter would be tested on.
            var inBbox = await CountByCellsAsync(query, ct);
            if (query.Filter is null) matched = inBbox;
            else if (inBbox > filteredRowsMax) return new OgcPage(returned, null, next, null);
        }
        if (matched is null)
        {
            await using var count = dataSource.CreateCommand();
            AddFilters(count.Parameters, query);
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = countUpTo });
            count.CommandText = OgcFilterSql.Apply(SqlScripts.Load($"Ogc.{collection.SqlPrefix}.Count"), collection, query.Filter, count.Parameters);
            matched = (long)(await count.ExecuteScalarAsync(ct))!;
        }
        return new OgcPage(returned, matched.Value, next, version);
    }

    /// <summary>
    /// The active incidents in the bbox (the whole world without one) that pass the plain filters
    /// (event type, country, geo precision; not dates or CQL2, which the cells do not keep), from
    /// the tile cells wholly inside the bbox and the points of its edges
    /// (<c>Incidents.CountByCells.sql</c>); null where the cells cannot answer: a bbox in another CRS
    /// than lon/lat or too small to hold a cell, or a stale cell inside it.
    /// </summary>
    private async Task<long?> CountByCellsAsync(OgcItemsQuery query, CancellationToken ct)
    {
        var b = query.Bbox ?? new OgcBbox(-180, -90, 180, 90, 4326);
        if (b.Srid != 4326 || CellCover.Of(new BoundingBox(b.MinX, b.MinY, b.MaxX, b.MaxY)) is not { } cover)
            return null;
        await using var count = dataSource.CreateCommand(SqlScripts.Load("Ogc.Incidents.CountByCells"));
        var p = count.Parameters;
        p.Add(new NpgsqlParameter<short[]> { TypedValue = cover.Blocks.Select(k => (short)k.Level).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = cover.Blocks.Select(k => k.MinX).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = cover.Blocks.Select(k => k.MaxX).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = cover.Blocks.Select(k => k.MinY).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = cover.Blocks.Select(k => k.MaxY).ToArray() });
        var inner = cover.Inner;
        p.Add(new NpgsqlParameter<int> { TypedValue = inner.MinX });
        p.Add(new NpgsqlParameter<int> { TypedValue = inner.MaxX });
        p.Add(new NpgsqlParameter<int> { TypedValue = inner.MinY });
        p.Add(new NpgsqlParameter<int> { TypedValue = inner.MaxY });
        p.Add(new NpgsqlParameter<Geometry[]> { TypedValue = cover.Edges.Select(e => LonLat.ToGeometry(new Envelope(e.MinLon, e.MaxLon, e.MinLat, e.MaxLat))).ToArray() });
        p.Add(new NpgsqlParameter<double> { TypedValue = b.MinX });
        p.Add(new NpgsqlParameter<double> { TypedValue = b.MinY });
        p.Add(new NpgsqlParameter<double> { TypedValue = b.MaxX });
        p.Add(new NpgsqlParameter<double> { TypedValue = b.MaxY });
        p.Add(Nullable(query.EventType, NpgsqlDbType.Text));
        p.Add(Nullable(query.Country, NpgsqlDbType.Text));
        p.Add(Nullable(query.GeoPrecision is { } g ? (short)g : null, NpgsqlDbType.Smallint));
        return await count.ExecuteScalarAsync(ct) is long matched ? matched : null;
    }

    /// <summary>
    /// Writes the item with this id as a GeoJSON feature and leaves its object open for the caller's
    /// members; false (nothing written) when the collection has no such item.
    /// </summary>
    public async Task<bool> WriteItemAsync(OgcCollection collection, string id, OgcCrs crs, Utf8JsonWriter feature, CancellationToken ct)
    {
        if (collection.NumericIds && !long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            return false;
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Items(collection, new OgcItemsQuery { Crs = crs, Limit = 1 }, id));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return false;
        OgcFeatureWriter.For(collection, reader).WriteOpen(feature, reader);
        return true;
    }

    /// <summary>The Items query of a collection: a page (id null) or the one item with this id.</summary>
    private static NpgsqlBatchCommand Items(OgcCollection collection, OgcItemsQuery query, string? id)
    {
        var items = new NpgsqlBatchCommand(SqlScripts.Load($"Ogc.{collection.SqlPrefix}.Items"));
        var p = items.Parameters;
        AddFilters(p, query);
        p.Add(Nullable(query.After, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<int> { TypedValue = query.Crs.Srid });
        p.Add(new NpgsqlParameter<bool> { TypedValue = query.Crs.LatitudeFirst });
        p.Add(new NpgsqlParameter<int> { TypedValue = query.Crs.Decimals });
        p.Add(new NpgsqlParameter<int> { TypedValue = query.Limit + 1 });
        p.Add(Nullable(id, NpgsqlDbType.Text));
        items.CommandText = OgcFilterSql.Apply(items.CommandText, collection, query.Filter, p);
        return items;
    }

    public async Task<IReadOnlyDictionary<string, OgcExtent>> ExtentsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Ogc.Extents"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var extents = new Dictionary<string, OgcExtent>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            var bbox = reader.IsDBNull(1) ? null : new[] { reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4) };
            DateOnly? first = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5);
            DateOnly? last = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6);
            extents[reader.GetString(0)] = new OgcExtent(reader.GetString(0), bbox, first, last);
        }
        return extents;
    }

    private static void AddFilters(NpgsqlParameterCollection p, OgcItemsQuery query)
    {
        var box = query.Bbox;
        p.Add(Nullable(box?.MinX, NpgsqlDbType.Double));
        p.Add(Nullable(box?.MinY, NpgsqlDbType.Double));
        p.Add(Nullable(box?.MaxX, NpgsqlDbType.Double));
        p.Add(Nullable(box?.MaxY, NpgsqlDbType.Double));
        p.Add(new NpgsqlParameter<int> { TypedValue = box?.Srid ?? 4326 });
        p.Add(Nullable(query.Datetime?.FromDay, NpgsqlDbType.Date));
        p.Add(Nullable(query.Datetime?.ToDay, NpgsqlDbType.Date));
        p.Add(Nullable(query.EventType, NpgsqlDbType.Text));
        p.Add(Nullable(query.Country, NpgsqlDbType.Text));
        p.Add(Nullable(query.GeoPrecision is { } g ? (short)g : null, NpgsqlDbType.Smallint));
    }

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
