using System.Text.Json;
using BorderMap.Cli.Commands;
using BorderMap.Cli.Samples;
using BorderMap.Cluster;
using BorderMap.Core.Incidents;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using BorderMap.Testing;

namespace BorderMap.Cli.Tests.Samples;

/// <summary>What <c>./bordermap up</c> loads: every real sample incident, once, each with its source.</summary>
public sealed class SampleDataTests : FreshDatabase
{
    [Fact]
    public async Task Every_sample_incident_is_stored_once_with_its_source_even_when_loaded_twice()
    {
        var root = DatabaseLocator.CheckoutRoot()!;
        var expected = Directory.GetFiles(Path.Combine(root, "geodata", "samples"), "*.json")
            .Sum(f => JsonSerializer.Deserialize<IncidentInput[]>(File.ReadAllText(f), RealIncidentsFile.Json)!.Length);
        await using var dataSource = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(dataSource, CancellationToken.None);

        await SampleData.LoadAsync(dataSource, root, CancellationToken.None);
        await SampleData.LoadAsync(dataSource, root, CancellationToken.None);

        await using var count = dataSource.CreateCommand(
            "SELECT count(*), count(*) FILTER (WHERE source_url IS NULL OR source IS NULL), count(*) FILTER (WHERE synthetic) FROM incidents");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(expected >= 200, $"only {expected} sample incidents");
        Assert.Equal(expected, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
    }
}
