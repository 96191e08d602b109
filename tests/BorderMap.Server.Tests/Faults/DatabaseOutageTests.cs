using System.Net;
using BorderMap.Cluster;
using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Faults;

/// <summary>
/// A cluster of its own, stopped under a running server: the server answers 503 problem+json
/// without stack traces while PostgreSQL is down, and serves again once it is back, unrestarted.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private PrivateCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var shared = await PostgisServer.ClusterAsync();
        _cluster = await PrivateCluster.AtAsync(new ClusterLayout(shared.Layout.BaseDirectory + $"-outage-{Guid.NewGuid():N}"[..20]));
    }

    public Task DisposeAsync() => _cluster.DestroyAsync();

    [Fact]
    public async Task Stopping_postgresql_gives_503s_and_starting_it_again_recovers_without_a_restart()
    {
        var connectionString = await _cluster.EnsureRunningAsync("bordermap");
        await using var factory = BorderMapApp.Start(connectionString);
        string key;
        await using (var dataSource = BorderMapDataSource.Create(connectionString))
            key = (await new ApiKeyStore(dataSource).CreateAsync("outage", ApiRole.Reader, "test", CancellationToken.None)).Secret;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);

        Assert.True(await _cluster.StopAsync());

        foreach (var path in new[] { "/readyz", "/api/v1/incidents", "/api/v1/incidents/1" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("   at ", body);
            Assert.DoesNotContain("Npgsql", body);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/border/context?lon=71.5&lat=37.5")).StatusCode);

        await _cluster.EnsureRunningAsync("bordermap");
        var recovered = false;
        for (var attempt = 0; attempt < 60 && !recovered; attempt++)
        {
            recovered = (await client.GetAsync("/api/v1/incidents")).StatusCode == HttpStatusCode.OK
                && (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK;
            if (!recovered) await Task.Delay(500);
        }
        Assert.True(recovered, "the server did not serve again after PostgreSQL came back");
    }
}
