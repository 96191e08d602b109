using BorderMap.Cluster;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Testing;

/// <summary>
/// A real streaming replica of the tests' private cluster (<c>pg_basebackup -R</c>), made on first
/// use and removed by <see cref="DestroyAsync"/>, so it replays the primary's WAL only while the
/// tests that read from it run. Every database of the primary, the test classes' own included,
/// appears on it once replayed, under the same name.
/// </summary>
public static class PostgisReplica
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PrivateCluster? _replica;

    public static async Task<PrivateCluster> StartAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _replica ??= await (await PostgisServer.ClusterAsync()).CreateReplicaAsync();
            await _replica.StartIfStoppedAsync();
            return _replica;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The replica's connection string to the database <paramref name="primaryConnectionString"/> names.</summary>
    public static async Task<string> ConnectionStringForAsync(string primaryConnectionString) =>
        (await StartAsync()).ConnectionString(new NpgsqlConnectionStringBuilder(primaryConnectionString).Database!);

    /// <summary>Stops the replica's server (a replica outage); <see cref="StartAsync"/> brings it back.</summary>
    public static async Task StopAsync() => await (await StartAsync()).StopAsync();

    public static Task PauseReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_pause()");

    public static Task ResumeReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Waits until the replica has replayed <paramref name="position"/> (the primary's WAL position when none is given).</summary>
    public static async Task WaitForReplayAsync(NpgsqlLogSequenceNumber? position = null)
    {
        if (position is null)
        {
            await using var primary = new NpgsqlConnection((await PostgisServer.ClusterAsync()).ConnectionString("postgres"));
            await primary.OpenAsync();
            await using var now = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()", primary);
            position = (NpgsqlLogSequenceNumber)(await now.ExecuteScalarAsync())!;
        }
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var replayed = await ScalarAsync("SELECT pg_last_wal_replay_lsn()");
            if (replayed is NpgsqlLogSequenceNumber r && r >= position.Value) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the replica replayed {replayed}, not {position}, within two minutes");
            await Task.Delay(50);
        }
    }

    public static async Task DestroyAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_replica is not null) await _replica.DestroyAsync();
            _replica = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    private static async Task<object?> ScalarAsync(string sql)
    {
        var replica = await StartAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(replica.ConnectionString("postgres")) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
