using System.Globalization;
using BorderMap.Core.Queries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Ogc;

/// <summary>One feature as PostGIS wrote it: the geometry and properties are ready-made JSON text.</summary>
public sealed record OgcFeatureRow(string Id, string GeometryJson, string PropertiesJson);

/// <summary>
/// A page of items, the number matching the filters (counted up to the caller's ceiling, so it may be
/// that ceiling when more match), the last id when another page follows, and the incidents change
/// counter the page was read at (when asked for).
/// </summary>
public sealed record OgcPage(IReadOnlyList<OgcFeatureRow> Features, long NumberMatched, string? NextAfter, long? DataVersion);

public sealed record OgcExtent(string Collection, double[]? Bbox, DateOnly? FirstDay, DateOnly? LastDay);

/// <summary>Reads OGC collections; PostGIS does the CRS transformation and the GeoJSON encoding.</summary>
public sealed class OgcStore(NpgsqlDataSource dataSource)
{
    /// <param name="countUpTo">Matches are counted up to this many and no further, whatever the filters select.</param>
    /// <param name="knownMatched">
    /// numberMatched for these filters if the caller already knows it at the given value of the
    /// incidents change counter (incidents only); otherwise the matches are counted.
    /// </param>
    public async Task<OgcPage> ItemsAsync(OgcCollection collection, OgcItemsQuery query, long countUpTo, Func<long, long?>? knownMatched, CancellationToken ct)
    {
        List<OgcFeatureRow> features;
        long? version = null, matched = null;
        // One statement: the incidents' page carries the change counter as a fourth column.
        await using (var batch = dataSource.CreateBatch())
        {
            batch.BatchCommands.Add(Items(collection, query, id: null));
            await using var reader = await batch.ExecuteReaderAsync(ct);
            features = await ReadFeaturesAsync(reader, query.Limit + 1, ct, row => version ??= row.GetInt64(3));
        }
        if (knownMatched is not null && collection == OgcCollection.Incidents && version is { } v) matched = knownMatched(v);
        else version = null; // an empty page read no counter: count, and remember nothing
        if (matched is null)
        {
            await using var count = dataSource.CreateCommand(SqlScripts.Load($"Ogc.{collection.SqlPrefix}.Count"));
            AddFilters(count.Parameters, query);
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = countUpTo });
            matched = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        string? next = null;
        if (features.Count > query.Limit)
        {
            features.RemoveAt(features.Count - 1);
            next = features[^1].Id;
        }
        return new OgcPage(features, matched.Value, next, version);
    }

    public async Task<OgcFeatureRow?> ItemAsync(OgcCollection collection, string id, OgcCrs crs, CancellationToken ct)
    {
        if (collection.NumericIds && !long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            return null;
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Items(collection, new OgcItemsQuery { Crs = crs, Limit = 1 }, id));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return (await ReadFeaturesAsync(reader, 1, ct)).SingleOrDefault();
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
        // One row more than asked tells whether another page exists.
        p.Add(new NpgsqlParameter<int> { TypedValue = query.Limit + 1 });
        p.Add(Nullable(id, NpgsqlDbType.Text));
        return items;
    }

    private static async Task<List<OgcFeatureRow>> ReadFeaturesAsync(NpgsqlDataReader reader, int capacity, CancellationToken ct,
        Action<NpgsqlDataReader>? readMore = null)
    {
        var features = new List<OgcFeatureRow>(Math.Min(capacity, 1024));
        while (await reader.ReadAsync(ct))
        {
            features.Add(new OgcFeatureRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            if (reader.FieldCount > 3) readMore?.Invoke(reader);
        }
        return features;
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
