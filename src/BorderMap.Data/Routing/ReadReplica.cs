using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Routing;

/// <summary>
/// One streaming replica: its data source and what the last probe found. Probes run from one
/// monitor; requests read <see cref="State"/> and may ask the replica directly whether it has
/// replayed a position the cached state does not show yet.
/// </summary>
public sealed class ReadReplica(string name, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private volatile ReplicaState _state = ReplicaState.NotProbed;
    private DateTimeOffset? _caughtUpAt;

    public string Name { get; } = name;
    public NpgsqlDataSource DataSource { get; } = dataSource;
    public ReplicaState State => _state;

    /// <summary>Asks the replica where it stands and records it; never throws for a replica that does not answer.</summary>
    public async Task<ReplicaState> ProbeAsync(double maxLagSeconds, TimeSpan within, TimeProvider clock, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(within);
        ReplicaState state;
        try
        {
            await using var command = DataSource.CreateCommand(SqlScripts.Load("Routing.ReplicaProbe"));
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            var standby = reader.GetBoolean(0);
            var replayed = reader.IsDBNull(1) ? (NpgsqlLogSequenceNumber?)null : reader.GetFieldValue<NpgsqlLogSequenceNumber>(1);
            var lag = Lag(reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetDouble(3), clock.GetUtcNow());
            var health = !standby ? ReplicaHealth.NotAStandby : lag > maxLagSeconds ? ReplicaHealth.Lagging : ReplicaHealth.Streaming;
            state = new ReplicaState(health, replayed, lag, health == ReplicaHealth.NotAStandby ? "not in recovery" : null, clock.GetUtcNow());
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            state = new ReplicaState(ReplicaHealth.Down, _state.Replayed, null, e is NpgsqlException n ? n.Message : "no answer in time", clock.GetUtcNow());
        }
        return _state = state;
    }

    /// <summary>
    /// Seconds behind: none while it has replayed all it received. Otherwise the shorter of the age of
    /// the last transaction it replayed (long after an idle spell, though the replica is only
    /// milliseconds behind) and the time since a probe last found it caught up (long under a steady
    /// stream of WAL, though each transaction arrives and is replayed at once): both grow only when
    /// replay really stalls.
    /// </summary>
    private double Lag(bool caughtUp, double? replayAge, DateTimeOffset now)
    {
        if (caughtUp)
        {
            _caughtUpAt = now;
            return 0;
        }
        var sinceCaughtUp = _caughtUpAt is { } at ? (now - at).TotalSeconds : double.MaxValue;
        return Math.Max(0, Math.Min(replayAge ?? double.MaxValue, sinceCaughtUp));
    }

    /// <summary>Asks the replica whether it has replayed <paramref name="position"/> yet; false when it does not answer.</summary>
    public async Task<bool> HasReplayedAsync(NpgsqlLogSequenceNumber position, TimeSpan within, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(within);
        try
        {
            await using var command = DataSource.CreateCommand(SqlScripts.Load("Routing.ReplayedLsn"));
            return await command.ExecuteScalarAsync(timeout.Token) is NpgsqlLogSequenceNumber replayed && replayed >= position;
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A request failed on this replica's connection: stop sending reads until the next probe finds it well.</summary>
    public void MarkDown(string problem) => _state = _state with { Health = ReplicaHealth.Down, Problem = problem };

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
