using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes a GeoPackage with layers incidents, border_segments and crossings, dates as GPKG DATE and
/// DATETIME, and an R*Tree spatial index per layer with the extension's triggers. SQLite needs a
/// seekable file, so the package is built in a temporary file that the caller then streams; rows pass
/// through one at a time. What each choice here bought is in bench/RESULTS.md (GeoPackage export).
/// </summary>
internal static class GeoPackageExport
{
    private static readonly string[] Layers = ["incidents", "border_segments", "crossings"];

    public static async Task WriteAsync(string path, IAsyncEnumerable<IncidentExportRow> incidents,
        IReadOnlyList<BorderSegmentExportRow> segments, IReadOnlyList<CrossingExportRow> crossings, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync(ct);
        // A file nobody else reads until it is complete: no journal, no fsync. A 16 MB page cache
        // (SQLite's default is 2 MB) keeps the R*Tree's nodes and the sort of its entries in memory.
        await ExecuteAsync(db, null, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384;", ct);
        await ExecuteAsync(db, null, SqlScripts.Load("Exports.GeoPackageSchema"), ct);

        await using var transaction = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        await WriteIncidentsAsync(db, transaction, incidents, ct);
        // Without this the writer adds empty Z and M ordinates and readers see POINT ZM.
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        await WriteLayerAsync(db, transaction, writer, "border_segments",
            "segment_id, ordinal, name, tj_admin2_name, af_admin2_name, from_m, to_m, length_m",
            segments.Select(s => (s.Geometry, new object?[] { s.Id, s.Ordinal, s.Name, s.TjAdmin2, s.AfAdmin2, s.FromM, s.ToM, s.LengthM })), ct);
        await WriteLayerAsync(db, transaction, writer, "crossings",
            "crossing_id, name, kind, tj_side, af_side, segment_id, note, source",
            crossings.Select(c => (c.Geometry, new object?[] { c.Id, c.Name, c.Kind, c.TjSide, c.AfSide, c.SegmentId, c.Note, c.Source })), ct);
        var triggers = SqlScripts.Load("Exports.GeoPackageRTreeTriggers");
        foreach (var layer in Layers)
            await ExecuteAsync(db, transaction, triggers.Replace("{table}", layer, StringComparison.Ordinal), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The incidents, one prepared insert bound by position per row; then their R*Tree in one
    /// statement, fed in Hilbert-curve order from a temporary table of (curve index, fid, x, y).
    /// Inserted beside each row in id order (time order, scattered in space) the R*Tree cost about 12 s
    /// of CPU per million incidents against 7 s: nearly every insert touched other nodes than the last.
    /// </summary>
    private static async Task WriteIncidentsAsync(SqliteConnection db, SqliteTransaction transaction, IAsyncEnumerable<IncidentExportRow> incidents, CancellationToken ct)
    {
        await ExecuteAsync(db, transaction, "CREATE TEMP TABLE incident_points (hilbert INTEGER NOT NULL, fid INTEGER NOT NULL, x REAL NOT NULL, y REAL NOT NULL)", ct);
        var columns = ExportFields.All.Skip(1).Select(f => f.Name).ToArray();
        using (var insert = new SqliteStatement(db, $"INSERT INTO incidents (fid, geom, {string.Join(", ", columns)}) VALUES (?, ?{string.Concat(columns.Select(_ => ", ?"))})"))
        using (var point = new SqliteStatement(db, "INSERT INTO temp.incident_points VALUES (?, ?, ?, ?)"))
        {
            var blobs = new PointBlobs();
            var extent = new Envelope();
            await foreach (var row in incidents.WithCancellation(ct))
            {
                var values = row.Values();
                insert.Bind(1, row.Id);
                insert.BindBlob(2, blobs.Of(row.Lon, row.Lat));
                for (var i = 1; i < values.Length; i++)
                    insert.Bind(i + 2, values[i]);
                insert.Execute();

                point.Bind(1, HilbertCurve.Index(row.Lon, row.Lat));
                point.Bind(2, row.Id);
                point.Bind(3, row.Lon);
                point.Bind(4, row.Lat);
                point.Execute();
                extent.ExpandToInclude(row.Lon, row.Lat);
            }
            await UpdateExtentAsync(db, transaction, "incidents", extent, ct);
        }
        await ExecuteAsync(db, transaction, """
            INSERT INTO rtree_incidents_geom (id, minx, maxx, miny, maxy) SELECT fid, x, x, y, y FROM temp.incident_points ORDER BY hilbert;
            DROP TABLE temp.incident_points;
            """, ct);
    }

    /// <summary>Writes a small layer (tens of rows) with its R*Tree entries and extent.</summary>
    private static async Task WriteLayerAsync(SqliteConnection db, SqliteTransaction transaction, GeoPackageGeoWriter writer,
        string table, string columns, IEnumerable<(Geometry Geometry, object?[] Values)> rows, CancellationToken ct)
    {
        var count = columns.Split(',').Length;
        using var insert = new SqliteStatement(db, $"INSERT INTO {table} (geom, {columns}) VALUES (?{string.Concat(Enumerable.Repeat(", ?", count))})");
        using var index = new SqliteStatement(db, $"INSERT INTO rtree_{table}_geom VALUES (last_insert_rowid(), ?, ?, ?, ?)");
        var extent = new Envelope();
        foreach (var (geometry, values) in rows)
        {
            insert.BindBlob(1, writer.Write(geometry));
            for (var i = 0; i < values.Length; i++)
                insert.Bind(i + 2, values[i]);
            insert.Execute();
            var e = geometry.EnvelopeInternal;
            index.Bind(1, e.MinX);
            index.Bind(2, e.MaxX);
            index.Bind(3, e.MinY);
            index.Bind(4, e.MaxY);
            index.Execute();
            extent.ExpandToInclude(e);
        }
        await UpdateExtentAsync(db, transaction, table, extent, ct);
    }

    /// <summary>
    /// Points as GeoPackage geometry blobs: the 8-byte standard header (magic "GP", version 0, flags
    /// 0x01 = little-endian with no envelope, SRS id 4326) before NetTopologySuite's WKB of the point,
    /// 29 bytes as GDAL writes them. NTS's GeoPackageGeoWriter always adds a 32-byte envelope, which
    /// for a point only repeats it (30 MB per million incidents), and has no option to leave it out.
    /// </summary>
    private sealed class PointBlobs
    {
        private const int Wgs84 = 4326;
        private static readonly GeometryFactory Factory = new(new PrecisionModel(), Wgs84);
        private readonly WKBWriter _wkb = new(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        private readonly byte[] _header = [(byte)'G', (byte)'P', 0, 0x01, 0, 0, 0, 0];

        public PointBlobs() => BinaryPrimitives.WriteInt32LittleEndian(_header.AsSpan(4), Wgs84);

        public byte[] Of(double lon, double lat)
        {
            var wkb = _wkb.Write(Factory.CreatePoint(new Coordinate(lon, lat)));
            var blob = new byte[_header.Length + wkb.Length];
            _header.CopyTo(blob, 0);
            wkb.CopyTo(blob, _header.Length);
            return blob;
        }
    }

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

    private static async Task ExecuteAsync(SqliteConnection db, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
