using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes a GeoPackage with layers incidents, border_segments and crossings, dates as GPKG DATE and
/// DATETIME, and an R*Tree spatial index per layer. SQLite needs a seekable file, so the package is
/// built in a temporary file that the caller then streams; rows pass through one at a time.
/// </summary>
internal static class GeoPackageExport
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static async Task WriteAsync(string path, IAsyncEnumerable<IncidentExportRow> incidents,
        IReadOnlyList<BorderSegmentExportRow> segments, IReadOnlyList<CrossingExportRow> crossings, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync(ct);
        // A file nobody else reads until it is complete: no journal, no fsync.
        await ExecuteAsync(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", ct);
        await ExecuteAsync(db, SqlScripts.Load("Exports.GeoPackageSchema"), ct);

        await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        // Without this the writer adds empty Z and M ordinates and readers see POINT ZM.
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var extent = new Envelope();

        var insert = Command(db, transaction, $"INSERT INTO incidents (fid, geom, {string.Join(", ", ExportFields.All.Skip(1).Select(f => f.Name))}) " +
            $"VALUES ({string.Join(", ", Enumerable.Range(0, ExportFields.All.Count + 1).Select(i => $"${i}"))})", ExportFields.All.Count + 1);
        var index = Command(db, transaction, "INSERT INTO rtree_incidents_geom VALUES ($0, $1, $2, $3, $4)", 5);
        await foreach (var row in incidents.WithCancellation(ct))
        {
            var values = row.Values();
            insert.Parameters[0].Value = row.Id;
            insert.Parameters[1].Value = writer.Write(Wgs84.CreatePoint(new Coordinate(row.Lon, row.Lat)));
            for (var i = 1; i < values.Length; i++)
                insert.Parameters[i + 1].Value = Sqlite(values[i]);
            insert.ExecuteNonQuery();
            Index(index, row.Id, new Envelope(row.Lon, row.Lon, row.Lat, row.Lat));
            extent.ExpandToInclude(row.Lon, row.Lat);
        }
        await UpdateExtentAsync(db, transaction, "incidents", extent, ct);

        await WriteLayerAsync(db, transaction, writer, "border_segments",
            "segment_id, ordinal, name, tj_admin2_name, af_admin2_name, from_m, to_m, length_m",
            segments.Select(s => (s.Geometry, new object?[] { s.Id, s.Ordinal, s.Name, s.TjAdmin2, s.AfAdmin2, s.FromM, s.ToM, s.LengthM })), ct);
        await WriteLayerAsync(db, transaction, writer, "crossings",
            "crossing_id, name, kind, tj_side, af_side, segment_id, note, source",
            crossings.Select(c => (c.Geometry, new object?[] { c.Id, c.Name, c.Kind, c.TjSide, c.AfSide, c.SegmentId, c.Note, c.Source })), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Writes a small layer (tens of rows) with its R*Tree entries and extent.</summary>
    private static async Task WriteLayerAsync(SqliteConnection db, SqliteTransaction transaction, GeoPackageGeoWriter writer,
        string table, string columns, IEnumerable<(Geometry Geometry, object?[] Values)> rows, CancellationToken ct)
    {
        var count = columns.Split(',').Length;
        var insert = Command(db, transaction, $"INSERT INTO {table} (geom, {columns}) VALUES ({string.Join(", ", Enumerable.Range(0, count + 1).Select(i => $"${i}"))}) RETURNING fid", count + 1);
        var index = Command(db, transaction, $"INSERT INTO rtree_{table}_geom VALUES ($0, $1, $2, $3, $4)", 5);
        var extent = new Envelope();
        foreach (var (geometry, values) in rows)
        {
            insert.Parameters[0].Value = writer.Write(geometry);
            for (var i = 0; i < values.Length; i++)
                insert.Parameters[i + 1].Value = Sqlite(values[i]);
            var fid = (long)(await insert.ExecuteScalarAsync(ct))!;
            Index(index, fid, geometry.EnvelopeInternal);
            extent.ExpandToInclude(geometry.EnvelopeInternal);
        }
        await UpdateExtentAsync(db, transaction, table, extent, ct);
    }

    /// <summary>GeoPackage stores DATE as 'YYYY-MM-DD' and DATETIME as ISO 8601 UTC with a Z; booleans as 0/1.</summary>
    private static object Sqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        float f => (double)f,
        _ => value,
    };

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = Sqlite(values[i]);
        command.ExecuteNonQuery();
    }

    private static void Index(SqliteCommand index, long id, Envelope e) =>
        Set(index, id, e.MinX, e.MaxX, e.MinY, e.MaxY);

    private static async Task UpdateExtentAsync(SqliteConnection db, SqliteTransaction transaction, string table, Envelope extent, CancellationToken ct)
    {
        if (extent.IsNull) return;
        await using var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE gpkg_contents SET min_x = $0, min_y = $1, max_x = $2, max_y = $3 WHERE table_name = $4";
        command.Parameters.AddWithValue("$0", extent.MinX);
        command.Parameters.AddWithValue("$1", extent.MinY);
        command.Parameters.AddWithValue("$2", extent.MaxX);
        command.Parameters.AddWithValue("$3", extent.MaxY);
        command.Parameters.AddWithValue("$4", table);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
