using System.Diagnostics;
using System.Net;
using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>Failures across the running layout: the proxy, the API nodes and the replica, all real processes.</summary>
[Collection(ReplicaCollection.Name), Trait("Category", "Layout")]
public sealed class LayoutTests(LayoutRun layout) : IClassFixture<LayoutRun>
{
    private const int Readers = 4;
    private const int RequestsEachSide = 40;

    [Fact]
    public async Task With_one_api_node_killed_under_load_the_proxy_answers_every_read_and_takes_writes()
    {
        using var http = new HttpClient { BaseAddress = new Uri(layout.ProxyUrl) };
        var failures = new List<string>();
        var afterKill = 0;
        var killed = false;
        var beforeKill = new CountdownEvent(Readers);

        async Task ReadAsync(int reader)
        {
            // Each reader reads a while before the kill and as long again after it: counted, not timed.
            for (var i = 0; i < 2 * RequestsEachSide; i++)
            {
                if (i == RequestsEachSide) { beforeKill.Signal(); while (!Volatile.Read(ref killed)) await Task.Delay(10); }
                var url = (i + reader) % 2 == 0 ? "/api/v1/incidents?limit=20" : "/ogc/collections/incidents/items?limit=10";
                using var response = await http.GetAsync(url);
                if (!response.IsSuccessStatusCode) lock (failures) failures.Add($"{url}: {(int)response.StatusCode}");
                if (Volatile.Read(ref killed)) Interlocked.Increment(ref afterKill);
            }
        }

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReadAsync(r))).ToList();
        await Task.Run(() => beforeKill.Wait(TimeSpan.FromMinutes(3)));
        using (var node = Process.GetProcessById(layout.Pids["api-1"]))
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }
        Volatile.Write(ref killed, true);
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.Equal(Readers * RequestsEachSide, afterKill);
        // A write through the proxy lands on the node that lives, and is read back through it.
        await using (var dataSource = BorderMapDataSource.Create(layout.ConnectionString))
        {
            var key = await new ApiKeyStore(dataSource).CreateAsync("layout editor", ApiRole.Editor, "test", CancellationToken.None);
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Secret);
        }
        var (id, position) = await http.WriteIncidentAsync(new TestRegion(-170, -60));
        var read = await http.ReadAsync("/api/v1/incidents?bbox=-170,-60,-169,-59", position);
        Assert.Equal([id], read.Body.Ids());
    }

    [Fact]
    public async Task With_the_replica_stopped_reads_through_the_proxy_come_from_the_primary()
    {
        using var http = new HttpClient { BaseAddress = new Uri(layout.ProxyUrl) };
        await PostgisReplica.StopAsync();
        try
        {
            for (var i = 0; i < 6; i++)
            {
                var read = await http.ReadAsync("/api/v1/incidents?limit=5");
                Assert.Equal("primary", read.From);
            }
        }
        finally
        {
            await PostgisReplica.StartAsync();
        }
    }
}
