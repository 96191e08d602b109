using BorderMap.Cli.Commands;
using BorderMap.Cluster;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using BorderMap.Testing;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Tests.Commands;

/// <summary><c>bordermap import</c> against a fresh database: the endpoint's importer, from a file. The rows are test fixtures, not real events.</summary>
[Collection(CliDatabaseCollection.Name)]
public sealed class ImportCommandTests : FreshDatabase
{
    private const string Acled = """
        event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
        TJKCLI1,08 May 2022,2022,1,Political violence,Battles,Armed clash,Border Guards,,1,Smugglers,,3,13,,762,Caucasus and Central Asia,Tajikistan,Khatlon,Farkhor,,Farkhor,37.4900,69.4000,2,Test fixture,National,"Test fixture, not a real event",2,,1652100000
        TJKCLI2,2022-05-09,2022,1,Political violence,Riots,Mob violence,Rioters (Tajikistan),,5,,,0,50,,762,Caucasus and Central Asia,Tajikistan,Khatlon,Panj,,Panj,37.23,69.1,1,Test fixture,Local,Test fixture,0,,1652200000

        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bordermap-cli-import-");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var dataSource = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(dataSource, CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Importing_the_same_file_twice_stores_its_rows_once_and_the_ACLED_export_gives_them_back()
    {
        var input = Path.Combine(_folder.FullName, "acled.csv");
        await File.WriteAllTextAsync(input, Acled.ReplaceLineEndings("\r\n"));

        Assert.Equal(0, await RunAsync(["import", input]));
        Assert.Equal(0, await RunAsync(["import", input]));
        Assert.Equal((2L, 2L), await CountsAsync());

        var output = Path.Combine(_folder.FullName, "out.acled.csv");
        Assert.Equal(0, await RunAsync(["export", "acled.csv", "--out", output, "--raw"]));
        var exported = (await File.ReadAllLinesAsync(output)).Select(l => l.Split(',')[..5]).ToList();
        var given = Acled.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[..5]).ToList();
        Assert.Equal(given, exported);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_exits_non_zero()
    {
        var input = Path.Combine(_folder.FullName, "bad.csv");
        await File.WriteAllTextAsync(input, "event_date,event_type,latitude,longitude\n2022-05-08,Picnic,37.5,69.4\n");
        var before = await CountsAsync();

        Assert.Equal(1, await RunAsync(["import", input]));
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(long Incidents, long Revisions)> CountsAsync()
    {
        await using var dataSource = BorderMapDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM incident_revisions)");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<int> RunAsync(string[] args)
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.EnvironmentVariable, ConnectionString);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.AddCommand<ImportCommand>("import");
            config.AddCommand<ExportCommand>("export");
        });
        return await app.RunAsync(args);
    }
}
