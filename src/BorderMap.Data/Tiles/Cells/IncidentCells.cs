using System.Data;
using System.Diagnostics;
using BorderMap.Core.Queries;
using Npgsql;

namespace BorderMap.Data.Tiles.Cells;

/// <summary>What one refresh did: the stale level-15 cells it took, whether it recounted every cell, how long it took.</summary>
public sealed record CellRefresh(long StaleCells, bool RecountedAll, TimeSpan Elapsed);

/// <summary>
/// The incident cell table (migration V0011): incident counts, fatalities, first and last day and
/// position sums per grid cell and filterable attributes, at one level per clustered zoom, so a
/// clustered tile is built from a few thousand rows instead of every point it covers.
/// <para>
/// Writers never touch the cells: a trigger on incidents appends the level-15 cells a statement
/// changed to <c>incident_cells_stale</c> (insert-only, so writers never wait for each other nor
/// deadlock on a busy cell), and a tile that touches a stale cell is built from the points. A
/// refresh, one at a time, recounts the stale cells from the incidents in one snapshot and rolls
/// them up the levels, in one transaction. Tiles are therefore exact whatever the refresh's delay;
/// the delay only decides how long the tiles around a change cost a build from the points.
/// </para>
/// </summary>
public static class IncidentCells
{
    /// <summary>Zooms up to this one always cluster on the cells of level zoom + 6; levels 6 to 15 are kept.</summary>
    public const int LastZoom = 9;

    /// <summary>More stale cells than this are cheaper to recount with one grouped scan of all incidents.</summary>
    public const int RecountAllAbove = 1000;

    /// <summary>Whether a tile with these filters can come from the cells: a clustered zoom, and no dates (cells do not keep days).</summary>
    public static bool CanBuild(TileAddress tile, IncidentQuery filters) =>
        tile.Z <= LastZoom && filters.From is null && filters.To is null;

    /// <summary>Recounts the stale cells; null when another process is refreshing them now.</summary>
    public static async Task<CellRefresh?> RefreshAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // Taken before the transaction, whose snapshot must not predate the previous refresh's commit.
        await using var held = await AdvisoryLocks.TryHoldAsync(connection, AdvisoryLock.CellRefresh, ct);
        if (held is null) return null;
        // One snapshot for taking the marks and reading the incidents: a mark is deleted only
        // when the change it stands for is counted.
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var stale = await ScalarAsync<long>(connection, tx, SqlScripts.Load("Tiles.Cells.TakeStale"), ct);
        var all = stale > RecountAllAbove;
        if (stale > 0) await RecountAsync(connection, tx, all, ct);
        await tx.CommitAsync(ct);
        return new CellRefresh(stale, all, clock.Elapsed);
    }

    /// <summary>
    /// Keeps refreshes out until the caller's transaction ends; taken first, before the caller locks
    /// incidents (a refresh holding this lock waits for incidents, so the other order deadlocks).
    /// </summary>
    public static Task HoldRefreshesAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct) =>
        AdvisoryLocks.HoldForTransactionAsync(connection, tx, AdvisoryLock.CellRefresh, ct);

    /// <summary>
    /// Recounts every cell inside the caller's transaction, which holds refreshes out
    /// (<see cref="HoldRefreshesAsync"/>) and incidents against writers (a bulk load that rebuilds
    /// its indexes does), and has written no stale marks (the load disables the trigger): one
    /// grouped scan is exact and cheaper than marking a million rows' cells and recounting them later.
    /// </summary>
    public static async Task RecountAllAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        // Marks left by earlier writers are covered by the full recount.
        await ScalarAsync<long>(connection, tx, SqlScripts.Load("Tiles.Cells.TakeStale"), ct);
        await RecountAsync(connection, tx, all: true, ct);
    }

    private static async Task RecountAsync(NpgsqlConnection connection, NpgsqlTransaction tx, bool all, CancellationToken ct)
    {
        await ExecuteAsync(connection, tx, all ? "Tiles.Cells.RecountAll" : "Tiles.Cells.Recount", ct);
        for (var level = LastZoom + 5; level >= 6; level--)
            await ExecuteAsync(connection, tx, "Tiles.Cells.RollUp", ct, level);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string script, CancellationToken ct, int? level = null)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load(script), connection, tx) { CommandTimeout = 0 };
        if (level is { } l) command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)l });
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
