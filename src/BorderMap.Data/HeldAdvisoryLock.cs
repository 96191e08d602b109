using Npgsql;

namespace BorderMap.Data;

/// <summary>A session advisory lock this process holds; disposing releases it.</summary>
public sealed class HeldAdvisoryLock(NpgsqlConnection connection, AdvisoryLock key) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(AdvisoryLocks.ReleaseAsync(connection, key));
}
