using System.Net;
using System.Text.Json.Nodes;
using BorderMap.Data.Migrations;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests;

public sealed class HealthTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Fact]
    public async Task Healthz_and_readyz_answer_200_when_the_database_is_migrated()
    {
        using var health = await app.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var ready = JsonNode.Parse(await app.Client.GetStringAsync("/readyz"))!;
        Assert.Equal(Migrator.LatestVersion, (int?)ready["schemaVersion"]);
        Assert.True((bool?)ready["jobStorage"]);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_incident_endpoints()
    {
        var document = JsonNode.Parse(await app.Client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/incidents"));
        Assert.True(paths.ContainsKey("/api/v1/incidents/{id}"));
        // the options that change what an import stores and what an export writes
        string?[] Parameters(string path, string verb) => paths[path]![verb]!["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToArray();
        Assert.Contains("mode", Parameters("/api/v1/incidents:import", "post"));
        Assert.Contains("raw", Parameters("/api/v1/exports/incidents.{format}", "get"));
        using var docs = await app.Client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("BorderMap API", await docs.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_paths_answer_404_problems()
    {
        using var response = await app.Client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }
}

/// <summary>Two servers starting at once on one empty database apply each migration once.</summary>
public sealed class ConcurrentStartTests : FreshDatabase
{
    [Fact]
    public async Task Two_servers_starting_together_migrate_once()
    {
        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(() => BorderMapApp.Start(ConnectionString))).ToArray();
        var factories = await Task.WhenAll(starts);
        try
        {
            foreach (var factory in factories)
            {
                using var client = factory.CreateClient();
                using var ready = await client.GetAsync("/readyz");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*), count(DISTINCT version) FROM schema_migrations", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(Migrator.All.Count, reader.GetInt64(0));
            Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        }
        finally
        {
            foreach (var factory in factories) await factory.DisposeAsync();
        }
    }
}
