using BorderMap.Data.Migrations;
using Npgsql;

namespace BorderMap.Data.Health;

/// <summary>What a process needs of the database before it serves: its schema version and Hangfire's tables.</summary>
public sealed record DatabaseReadiness(int SchemaVersion, bool JobStorage)
{
    /// <summary>Whether the schema is at <see cref="Migrator.LatestVersion"/>.</summary>
    public bool FullyMigrated => SchemaVersion == Migrator.LatestVersion;

    /// <summary>Asks the database; throws <see cref="NpgsqlException"/> (or is cancelled) when it does not answer.</summary>
    public static async Task<DatabaseReadiness> CheckAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var version = await Migrator.CurrentVersionAsync(dataSource, ct);
        await using var jobs = dataSource.CreateCommand(SqlScripts.Load("Health.JobStorageExists"));
        return new DatabaseReadiness(version, await jobs.ExecuteScalarAsync(ct) is true);
    }
}
