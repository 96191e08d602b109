using System.Diagnostics;
using BorderMap.Core.Border;
using BorderMap.Core.Incidents;
using BorderMap.Data.Tiles.Cells;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Synthetic;

/// <summary>Border context for every loaded row, computed as the write path computes it, stamped with the gazetteer version.</summary>
public sealed record SyntheticPlacement(BorderModel Border, string GazetteerVersion);

/// <param name="Copying">Streaming the rows (with their border context) through COPY.</param>
/// <param name="Indexing">Rebuilding the secondary indexes, when <paramref name="RebuiltIndexes"/>.</param>
/// <param name="CountingCells">Recounting every tile cell, when <paramref name="RebuiltIndexes"/> (smaller loads mark their cells stale instead).</param>
public sealed record LoadResult(long Rows, TimeSpan Elapsed, bool RebuiltIndexes, TimeSpan Copying, TimeSpan Indexing, TimeSpan CountingCells)
{
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Bulk-loads synthetic incidents with binary COPY in one transaction: all of them or none. They
/// carry no revision history: they were never edited. With a <see cref="SyntheticPlacement"/> each
/// row also gets its border context (side, distance, segment, nearest crossing) and the gazetteer
/// version, computed on every core while COPY streams, so the rows are as complete as written ones
/// and a server start does not queue them all for reprocessing.
/// </summary>
public static class SyntheticLoader
{
    public const string Author = "synthetic-seed";

    /// <param name="expectedRows">How many rows the caller will send; decides whether rebuilding the indexes is cheaper than maintaining them.</param>
    public static async Task<LoadResult> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<IncidentDraft> drafts, long expectedRows,
        IProgress<long>? progress, CancellationToken ct, SyntheticPlacement? placement = null)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);

        // Maintaining a GiST index row by row costs about three times what building it once does
        // (bench/RESULTS.md). When the load at least doubles the table, drop the secondary indexes
        // inside the transaction and rebuild them from their own definitions afterwards.
        var rebuild = expectedRows >= await EstimatedRowsAsync(connection, ct) && expectedRows >= 50_000;
        var indexes = rebuild ? await DropSecondaryIndexesAsync(connection, ct) : [];
        // Such a load also recounts every tile cell once at the end instead of marking the cells of
        // every row stale through the statement trigger (a million-row transition table) for a
        // later recount of nearly every cell anyway: the cells are exact when the load commits.
        if (rebuild) await ExecuteAsync(connection, "ALTER TABLE incidents DISABLE TRIGGER incident_cells_insert", ct);

        var placed = placement is null
            ? drafts.Select(d => (Draft: d, Border: (BorderContext?)null))
            : drafts.AsParallel().AsOrdered().WithCancellation(ct).Select(d => (Draft: d, Border: (BorderContext?)placement.Border.ContextOf(d.Location)));
        var copying = clock.Elapsed;
        var rows = Copy(connection, placed, placement?.GazetteerVersion, progress);
        copying = clock.Elapsed - copying;
        var indexing = clock.Elapsed;
        foreach (var definition in indexes)
            await ExecuteAsync(connection, definition, ct);
        indexing = clock.Elapsed - indexing;
        var countingCells = clock.Elapsed;
        if (rebuild)
        {
            await IncidentCells.RecountAllAsync(connection, tx, ct);
            await ExecuteAsync(connection, "ALTER TABLE incidents ENABLE TRIGGER incident_cells_insert", ct);
        }
        countingCells = clock.Elapsed - countingCells;
        await tx.CommitAsync(ct);
        clock.Stop();
        progress?.Report(rows);

        await using (var analyze = new NpgsqlCommand("ANALYZE incidents", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        return new LoadResult(rows, clock.Elapsed, rebuild, copying, indexing, countingCells);
    }

    /// <summary>Synchronous COPY: per-value async calls cost more than the I/O they would overlap here.</summary>
    private static long Copy(NpgsqlConnection connection, IEnumerable<(IncidentDraft Draft, BorderContext? Border)> drafts, string? gazetteerVersion,
        IProgress<long>? progress)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        using var writer = connection.BeginBinaryImport(SqlScripts.Load("Synthetic.CopyIncidents"));
        long rows = 0;
        foreach (var (d, border) in drafts)
        {
            writer.StartRow();
            writer.Write(d.Date, NpgsqlDbType.Date);
            writer.Write((short)d.TimePrecision, NpgsqlDbType.Smallint);
            writer.Write(d.EventType.Code, NpgsqlDbType.Text);
            writer.Write(d.SubEventType?.Code, NpgsqlDbType.Text);
            writer.Write(d.Tags as string[] ?? [.. d.Tags], NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.Write(d.Fatalities, NpgsqlDbType.Integer);
            writer.Write(factory.CreatePoint(new Coordinate(d.Location.Lon, d.Location.Lat)), NpgsqlDbType.Geometry);
            writer.Write(d.PlaceName, NpgsqlDbType.Text);
            writer.Write(d.Country, NpgsqlDbType.Text);
            writer.Write((short)d.GeoPrecision, NpgsqlDbType.Smallint);
            writer.Write(d.Source, NpgsqlDbType.Text);
            writer.Write(d.Synthetic, NpgsqlDbType.Boolean);
            writer.Write(Author, NpgsqlDbType.Text);
            writer.Write(Author, NpgsqlDbType.Text);
            writer.Write(border?.Side, NpgsqlDbType.Char);
            writer.Write(border?.DistanceM, NpgsqlDbType.Double);
            writer.Write(border?.SegmentId, NpgsqlDbType.Text);
            writer.Write(border?.NearestCrossingId, NpgsqlDbType.Text);
            writer.Write(border?.NearestCrossingM, NpgsqlDbType.Double);
            writer.Write(border is null ? null : gazetteerVersion, NpgsqlDbType.Text);
            if (++rows % 10_000 == 0) progress?.Report(rows);
        }
        writer.Complete();
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> EstimatedRowsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Synthetic.EstimatedRows"), connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L);
    }

    private static async Task<IReadOnlyList<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Definition)>();
        await using (var list = new NpgsqlCommand(SqlScripts.Load("Synthetic.SecondaryIndexes"), connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes)
            await ExecuteAsync(connection, $"DROP INDEX {Cluster.PrivateCluster.QuoteIdentifier(name)}", ct);
        return indexes.Select(i => i.Definition).ToList();
    }
}
