using BorderMap.Data;
using BorderMap.Data.Migrations;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Data.Tests.Migrations;

public sealed class MigratorTests : FreshDatabase
{
    [Fact]
    public void Migrations_have_unique_increasing_versions_starting_at_one()
    {
        // Versions may leave gaps (parallel branches reserve numbers); they may never repeat.
        Assert.NotEmpty(Migrator.All);
        Assert.Equal(1, Migrator.All[0].Version);
        Assert.Equal(Migrator.All.Select(m => m.Version).Distinct().Order(), Migrator.All.Select(m => m.Version));
    }

    [Fact]
    public async Task Four_processes_migrating_at_once_apply_each_migration_exactly_once()
    {
        // Separate data sources stand in for separate processes: each has its own connections and session lock.
        var sources = Enumerable.Range(0, 4).Select(_ => BorderMapDataSource.Create(ConnectionString)).ToArray();
        try
        {
            var applied = await Task.WhenAll(sources.Select(s => Task.Run(() => Migrator.MigrateAsync(s))));
            Assert.Equal(Migrator.All.Select(m => m.Version), applied.SelectMany(a => a).Order());

            await using var command = sources[0].CreateCommand("SELECT count(*) FROM schema_migrations");
            Assert.Equal((long)Migrator.All.Count, await command.ExecuteScalarAsync());
            Assert.Equal(Migrator.LatestVersion, await Migrator.CurrentVersionAsync(sources[0]));
            Assert.Empty(await Migrator.MigrateAsync(sources[0]));
        }
        finally
        {
            foreach (var source in sources) await source.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unmigrated_database_reports_version_zero()
    {
        var other = await PostgisServer.CreateDatabaseAsync("unmigrated");
        try
        {
            await using var source = BorderMapDataSource.Create(other);
            Assert.Equal(0, await Migrator.CurrentVersionAsync(source));
        }
        finally
        {
            await PostgisServer.DropDatabaseAsync(other);
        }
    }

    [Fact]
    public async Task A_migration_that_fails_leaves_nothing_behind()
    {
        await using var source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(source);
        await using var connection = await source.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE half_done (id int)", connection, tx))
            await create.ExecuteNonQueryAsync();
        await using (var broken = new NpgsqlCommand("SELECT no_such_function()", connection, tx))
            await Assert.ThrowsAsync<PostgresException>(() => broken.ExecuteNonQueryAsync());
        await tx.RollbackAsync();
        await using var check = new NpgsqlCommand("SELECT to_regclass('half_done') IS NULL", connection);
        Assert.Equal(true, await check.ExecuteScalarAsync());
    }
}
