using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace BorderMap.Data.Migrations;

public sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}

/// <summary>
/// Applies the embedded <c>Migrations/V####__name.sql</c> files in order, each in its own transaction,
/// under a PostgreSQL advisory lock so processes that start together migrate once; then builds any
/// index an interrupted bulk load left pending.
/// </summary>
public static class Migrator
{
    public static IReadOnlyList<Migration> All { get; } = SqlScripts.Names("Migrations")
        .Select(name => name["Migrations.".Length..])
        .Where(file => file.StartsWith('V'))
        .Select(file =>
        {
            // V0001__incidents → (1, incidents)
            var parts = file.Split("__", 2);
            if (parts.Length != 2 || parts[0].Length < 2 || parts[0][0] != 'V' || !int.TryParse(parts[0][1..], out var version))
                throw new InvalidOperationException($"migration '{file}' is not named V####__name.sql");
            return new Migration(version, parts[1], SqlScripts.Load($"Migrations.{file}"));
        })
        .OrderBy(m => m.Version)
        .ToList();

    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>Applies what is missing and returns the versions this call applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var held = await AdvisoryLocks.HoldAsync(connection, AdvisoryLock.Migrations, ct);
        await using (var create = new NpgsqlCommand(SqlScripts.Load("Migrations.Schema.CreateMigrationsTable"), connection))
            await create.ExecuteNonQueryAsync(ct);

        var applied = await AppliedAsync(connection, ct);
        var done = new List<int>();
        foreach (var migration in All)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                    throw new InvalidOperationException(
                        $"migration V{migration.Version:0000} ({migration.Name}) was changed after it was applied; add a new migration instead");
                continue;
            }

            await using var tx = await connection.BeginTransactionAsync(ct);
            // No deadline: a migration that rewrites a table of millions of incidents takes minutes.
            await using (var apply = new NpgsqlCommand(migration.Sql, connection, tx) { CommandTimeout = 0 })
                await apply.ExecuteNonQueryAsync(ct);
            await using (var record = new NpgsqlCommand(SqlScripts.Load("Migrations.Schema.RecordMigration"), connection, tx))
            {
                record.Parameters.AddWithValue(migration.Version);
                record.Parameters.AddWithValue(migration.Name);
                record.Parameters.AddWithValue(migration.Checksum);
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            done.Add(migration.Version);
        }
        // A bulk load stopped after its commit leaves indexes to build (V0012): every process
        // that starts finishes them before it serves, rather than waiting for the next load.
        await Synthetic.PendingIndexes.BuildAsync(dataSource, ct);
        return done;
    }

    /// <summary>The highest applied version, or 0 when the schema has never been migrated.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using (var exists = dataSource.CreateCommand("SELECT to_regclass('schema_migrations') IS NOT NULL"))
        {
            if (await exists.ExecuteScalarAsync(ct) is not true)
                return 0;
        }
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Migrations.Schema.CurrentVersion"));
        return await command.ExecuteScalarAsync(ct) is int version ? version : 0;
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
            applied[reader.GetInt32(0)] = reader.GetString(1);
        return applied;
    }
}
