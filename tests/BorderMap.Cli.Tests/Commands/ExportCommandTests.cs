using System.Diagnostics;
using BorderMap.Cli.Commands;
using BorderMap.Cluster;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using BorderMap.Testing;
using Npgsql;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Tests.Commands;

/// <summary><c>bordermap export</c> against a fresh database, the file opened by GDAL's ogrinfo.</summary>
[Collection(CliDatabaseCollection.Name)]
public sealed class ExportCommandTests : FreshDatabase
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bordermap-cli-export-");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var dataSource = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(dataSource, CancellationToken.None);
        await using var insert = dataSource.CreateCommand("""
            INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, country, created_by, updated_by)
            SELECT DATE '2022-05-01' + n, CASE WHEN n % 2 = 0 THEN 'battles' ELSE 'riots' END,
                   ST_SetSRID(ST_MakePoint(69 + n * 0.01, 37.5), 4326), 1, 'TJ', 'test', 'test'
            FROM generate_series(1, 7) AS n
            """);
        await insert.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("gpkg", "", 7)]
    [InlineData("csv", "", 7)]
    [InlineData("geojson", "--types=battles", 3)]
    public async Task Export_writes_a_file_that_ogrinfo_opens_with_the_selected_incidents(string format, string filter, int expected)
    {
        var path = Path.Combine(_folder.FullName, $"out.{format}");
        string[] args = ["export", format, "--out", path, .. filter.Length > 0 ? new[] { filter } : []];
        Assert.Equal(0, await RunAsync(args));

        var info = await OgrinfoAsync("-ro", "-so", "-al", path);
        Assert.Contains($"Feature Count: {expected}", info);
    }

    [Fact]
    public async Task A_bad_filter_is_reported_and_no_file_is_written()
    {
        var path = Path.Combine(_folder.FullName, "bad.kml");
        Assert.Equal(2, await RunAsync(["export", "kml", "--out", path, "--from", "yesterday"]));
        Assert.False(File.Exists(path));
    }

    private async Task<int> RunAsync(string[] args)
    {
        // The CLI finds its database through BORDERMAP_DB; only this test class sets it.
        Environment.SetEnvironmentVariable(DatabaseLocator.EnvironmentVariable, ConnectionString);
        var app = new CommandApp();
        app.Configure(config => config.AddCommand<ExportCommand>("export"));
        return await app.RunAsync(args);
    }

    private static async Task<string> OgrinfoAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output;
    }
}
