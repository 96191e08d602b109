using BorderMap.Cluster;
using BorderMap.Core.Geodata;
using BorderMap.Data.Geodata;
using BorderMap.Data.Migrations;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Data.Tests.Geodata;

/// <summary>The committed geodata, read from geodata/ and loaded into a fresh PostGIS database.</summary>
public sealed class LoadedGeodata : FreshDatabase
{
    public static string Directory => Path.Combine(DatabaseLocator.CheckoutRoot()!, "geodata");

    public GeodataSet Data { get; private set; } = null!;
    public NpgsqlDataSource Source { get; private set; } = null!;
    public bool LoadedOnFirstCall { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(Source);
        Data = GeodataFiles.Read(Directory);
        LoadedOnFirstCall = await GeodataLoader.EnsureLoadedAsync(Source, Data);
    }

    public override async Task DisposeAsync()
    {
        await Source.DisposeAsync();
        await base.DisposeAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Source.CreateCommand(sql);
        command.CommandTimeout = 300; // geometry checks over the 10 m polygons; a busy CI machine is slow
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
