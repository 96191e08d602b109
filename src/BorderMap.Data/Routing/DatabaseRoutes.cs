using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Routing;

/// <summary>
/// Chooses the database a read goes to. Writes, jobs and reads that must see a write use the
/// primary as before; reads a feature marks as replica-safe go to a streaming replica within the
/// lag bound, taken in turn, and to the primary when none is (down, lagging, or not yet at the
/// position the read must see). With no replica configured every read is the primary's.
/// </summary>
public sealed class DatabaseRoutes(NpgsqlDataSource primary, IReadOnlyList<ReadReplica> replicas) : IAsyncDisposable
{
    /// <summary>How long a request waits for a replica to say what it has replayed before using the primary.</summary>
    private static readonly TimeSpan AskWithin = TimeSpan.FromSeconds(1);

    private int _turn;

    public ReadSource Primary { get; } = new(ReadSource.PrimaryName, primary, null);
    public IReadOnlyList<ReadReplica> Replicas { get; } = replicas;

    /// <summary>
    /// A replica that serves and has replayed <paramref name="atLeast"/> (any when null), else the
    /// primary. The cached probe decides first; a replica whose cache is merely behind the position
    /// is asked directly, once.
    /// </summary>
    public async ValueTask<ReadSource> ForReadAsync(NpgsqlLogSequenceNumber? atLeast, CancellationToken ct)
    {
        if (Replicas.Count == 0) return Primary;
        var start = (int)((uint)Interlocked.Increment(ref _turn) % (uint)Replicas.Count);
        for (var i = 0; i < Replicas.Count; i++)
        {
            var replica = Replicas[(start + i) % Replicas.Count];
            var state = replica.State;
            if (!state.Serves) continue;
            if (state.HasReplayed(atLeast) || await replica.HasReplayedAsync(atLeast!.Value, AskWithin, ct))
                return new ReadSource(replica.Name, replica.DataSource, replica);
        }
        return Primary;
    }

    /// <summary>The primary's WAL position now (what a client that just wrote must see).</summary>
    public async Task<NpgsqlLogSequenceNumber> PrimaryPositionAsync(CancellationToken ct)
    {
        await using var command = Primary.DataSource.CreateCommand(SqlScripts.Load("Routing.WalPosition"));
        return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The incidents change counter and the primary's WAL position, read together on the primary.</summary>
    public async Task<(long Version, NpgsqlLogSequenceNumber Position)> IncidentDataVersionAsync(CancellationToken ct)
    {
        await using var command = Primary.DataSource.CreateCommand(SqlScripts.Load("Routing.DataVersionAt"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetFieldValue<NpgsqlLogSequenceNumber>(1));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in Replicas) await replica.DisposeAsync();
    }
}
