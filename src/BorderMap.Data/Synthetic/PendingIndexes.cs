using Npgsql;

namespace BorderMap.Data.Synthetic;

/// <summary>
/// The secondary indexes of incidents a bulk load drops before its COPY and builds again after its
/// commit. They are listed in <c>incidents_pending_indexes</c> (migration V0012) by the load's own
/// transaction, and each build removes its row in the build's transaction, so an interrupted load
/// loses no index: the next one builds what is listed.
/// </summary>
internal static class PendingIndexes
{
    /// <summary>
    /// Builds at once, each on its own connection. A GiST build is one process's work whatever the
    /// settings; two connections let the slowest (the multicolumn GiST) run beside all the others.
    /// Measured on the shared 2-core machine over 1M rows, in three pairs (bench/RESULTS.md): 8.9,
    /// 19.2 and 12.4 s against 12.8, 26.3 and 21.3 s one after the other; 11.6 s with PostgreSQL's
    /// parallel btree workers on top of the two connections.
    /// </summary>
    private const int Builders = 2;

    /// <summary>Lists every secondary index as pending and drops it, inside the load's transaction.</summary>
    public static async Task DropAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        var names = new List<string>();
        await using (var list = new NpgsqlCommand(SqlScripts.Load("Synthetic.SecondaryIndexes"), connection, tx))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {QuoteIdentifier(name)}", connection, tx);
            await drop.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Builds every pending index; returns when none is left.</summary>
    public static Task BuildAsync(NpgsqlDataSource dataSource, CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, Builders).Select(_ => BuildUntilNoneLeftAsync(dataSource, ct)));

    private static async Task BuildUntilNoneLeftAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        while (true)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            string name, definition;
            await using (var claim = new NpgsqlCommand(SqlScripts.Load("Synthetic.ClaimPendingIndex"), connection, tx))
            await using (var reader = await claim.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct)) return;
                (name, definition) = (reader.GetString(0), reader.GetString(1));
            }
            try
            {
                // The parallelism is the builders'; workers on top only share the same cores.
                await ExecuteAsync(connection, tx, "SET LOCAL max_parallel_maintenance_workers = 0", ct);
                await ExecuteAsync(connection, tx, definition, ct);
                await ExecuteAsync(connection, tx, SqlScripts.Load("Synthetic.FinishPendingIndex"), ct, name);
                await tx.CommitAsync(ct);
            }
            catch (PostgresException e)
            {
                throw new InvalidOperationException(
                    $"building index {name} after a bulk load failed ({e.SqlState}: {e.MessageText}); it stays in incidents_pending_indexes and the next load builds it", e);
            }
        }
    }

    /// <summary>An index name read from the catalogue, as an identifier in DDL (which takes no parameters).</summary>
    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct, string? name = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        if (name is not null) command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        await command.ExecuteNonQueryAsync(ct);
    }
}
