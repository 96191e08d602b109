using Npgsql;

namespace BorderMap.Data;

/// <summary>Takes and releases the locks of <see cref="AdvisoryLock"/>.</summary>
public static class AdvisoryLocks
{
    /// <summary>Waits for the session lock; disposing the result releases it, even when the caller was cancelled.</summary>
    public static async Task<HeldAdvisoryLock> HoldAsync(NpgsqlConnection connection, AdvisoryLock key, CancellationToken ct)
    {
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock($1)", key, ct);
        return new HeldAdvisoryLock(connection, key);
    }

    /// <summary>Takes the session lock when no one holds it; null when another session does.</summary>
    public static async Task<HeldAdvisoryLock?> TryHoldAsync(NpgsqlConnection connection, AdvisoryLock key, CancellationToken ct) =>
        await ExecuteAsync(connection, null, "SELECT pg_try_advisory_lock($1)", key, ct) is true ? new HeldAdvisoryLock(connection, key) : null;

    /// <summary>Waits for the lock and holds it until the transaction on <paramref name="connection"/> ends.</summary>
    public static Task HoldForTransactionAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, AdvisoryLock key, CancellationToken ct) =>
        ExecuteAsync(connection, tx, "SELECT pg_advisory_xact_lock($1)", key, ct);

    internal static Task ReleaseAsync(NpgsqlConnection connection, AdvisoryLock key) =>
        ExecuteAsync(connection, null, "SELECT pg_advisory_unlock($1)", key, CancellationToken.None);

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, AdvisoryLock key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)key });
        return await command.ExecuteScalarAsync(ct);
    }
}
