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

/// <param name="RebuiltIndexes">Whether the load dropped the secondary indexes and built them again after its rows.</param>
/// <param name="Copying">Streaming the rows (with their border context) through COPY.</param>
/// <param name="CountingCells">Recounting every tile cell inside the load's transaction, when it rebuilt the indexes (smaller loads mark their cells stale instead).</param>
/// <param name="Indexing">Building the dropped indexes after the commit, when it rebuilt them.</param>
public sealed record LoadResult(long Rows, TimeSpan Elapsed, bool RebuiltIndexes, TimeSpan Copying, TimeSpan CountingCells, TimeSpan Indexing)
{
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Bulk-loads synthetic incidents with binary COPY in one transaction: all of them or none. They
/// carry no revision history: they were never edited. With a <see cref="SyntheticPlacement"/> each
/// row also gets its border context (side, distance, segment, nearest crossing) and the gazetteer
/// version, computed on every core while COPY streams, so the rows are as complete as written ones
/// and a server start does not queue them all for reprocessing.
/// <para>
/// A load that at least doubles the table drops the secondary indexes first (maintaining a GiST
/// row by row costs about three times building it once) and recounts every tile cell once before
/// its commit instead of marking every row's cell stale. It builds the indexes again after the
/// commit, two at a time (<see cref="PendingIndexes"/>), and returns when all of them exist.
/// Meanwhile queries give the same answers, only slower, and writers wait for each build.
/// </para>
/// </summary>
public static class SyntheticLoader
{
    public const string Author = "synthetic-seed";

    /// <param name="expectedRows">How many rows the caller will send; decides whether rebuilding the indexes is cheaper than maintaining them.</param>
    public static async Task<LoadResult> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<IncidentDraft> drafts, long expectedRows,
        IProgress<long>? progress, CancellationToken ct, SyntheticPlacement? placement = null)
    {
        // Indexes an interrupted load left to build come first: this load's decisions read the table's indexes.
        await PendingIndexes.BuildAsync(dataSource, ct);

        var clock = Stopwatch.StartNew();
        var committed = await CommitRowsAsync(dataSource, drafts, expectedRows, progress, ct, placement);
        var indexing = clock.Elapsed;
        if (committed.RebuiltIndexes) await PendingIndexes.BuildAsync(dataSource, ct);
        indexing = clock.Elapsed - indexing;
        clock.Stop();
        progress?.Report(committed.Rows);

        await using (var analyze = dataSource.CreateCommand("ANALYZE incidents"))
            await analyze.ExecuteNonQueryAsync(ct);
        return committed with { Elapsed = clock.Elapsed, Indexing = indexing };
    }

    /// <summary>The load's transaction: rows (and, for a load that rebuilds the indexes, their cells) committed, dropped indexes left pending.</summary>
    internal static async Task<LoadResult> CommitRowsAsync(NpgsqlDataSource dataSource, IEnumerable<IncidentDraft> drafts, long expectedRows,
        IProgress<long>? progress, CancellationToken ct, SyntheticPlacement? placement = null)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);

        var rebuild = expectedRows >= await EstimatedRowsAsync(connection, ct) && expectedRows >= 50_000;
        if (rebuild)
        {
            await IncidentCells.HoldRefreshesAsync(connection, tx, ct);
            await PendingIndexes.DropAsync(connection, tx, ct);
            // V0011's stale marks; the recount below replaces them.
            await ExecuteAsync(connection, tx, "ALTER TABLE incidents DISABLE TRIGGER incident_cells_insert", ct);
        }

        var placed = placement is null
            ? drafts.Select(d => (Draft: d, Border: (BorderContext?)null))
            : drafts.AsParallel().AsOrdered().WithCancellation(ct).Select(d => (Draft: d, Border: (BorderContext?)placement.Border.ContextOf(d.Location)));
        var rows = Copy(connection, placed, placement?.GazetteerVersion, progress);
        var copying = clock.Elapsed;

        if (rebuild)
        {
            // Marking the cells of a million rows stale (the trigger's transition table) and
            // recounting nearly every cell later costs more than one grouped recount now, and the
            // cells are exact the moment the rows are visible.
            await IncidentCells.RecountAllAsync(connection, tx, ct);
            await ExecuteAsync(connection, tx, "ALTER TABLE incidents ENABLE TRIGGER incident_cells_insert", ct);
        }
        var countingCells = clock.Elapsed - copying;
        await tx.CommitAsync(ct);
        return new LoadResult(rows, clock.Elapsed, rebuild, copying, countingCells, TimeSpan.Zero);
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

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> EstimatedRowsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Synthetic.EstimatedRows"), connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L);
    }
}
