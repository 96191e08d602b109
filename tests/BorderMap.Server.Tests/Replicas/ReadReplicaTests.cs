using System.Net;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>Reads against a real streaming replica: what goes there, and read-your-writes by WAL position.</summary>
[Collection(ReplicaCollection.Name), Trait("Category", ReplicaCollection.Category)]
public sealed class ReadReplicaTests(ReplicaApp app) : IClassFixture<ReplicaApp>
{
    [Fact]
    public async Task Lists_ogc_analytics_and_exports_read_the_replica_while_writes_and_single_incidents_use_the_primary()
    {
        var region = app.NewRegion();
        var (id, position) = await app.Client.WriteIncidentAsync(region);
        await PostgisReplica.WaitForReplayAsync(position);

        var list = await app.Client.ReadAsync(ReplicaReads.ListUrl(region));
        Assert.Equal("replica-1", list.From);
        Assert.Equal([id], list.Body.Ids());
        var ogc = await app.Client.ReadAsync($"/ogc/collections/incidents/items?bbox={region.Bbox}");
        Assert.Equal("replica-1", ogc.From);
        Assert.Equal([id], ogc.Body.Ids());
        var timeline = await app.Client.ReadAsync($"/api/v1/analytics/timeline?bbox={region.Bbox}&from=2022-05-01&to=2022-05-31");
        Assert.Equal("replica-1", timeline.From);

        using var export = await app.Client.GetAsync($"/api/v1/exports/incidents.csv?bbox={region.Bbox}");
        Assert.Equal("replica-1", export.Headers.GetValues("BorderMap-Read-From").Single());
        Assert.Contains($"\n{id},", await export.Content.ReadAsStringAsync());

        // An editor reads one incident to edit it (its ETag goes into If-Match): that is the primary's.
        using var single = await app.Client.GetAsync($"/api/v1/incidents/{id}");
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.False(single.Headers.Contains("BorderMap-Read-From"));
    }

    [Fact]
    public async Task A_read_carrying_a_writes_position_is_served_by_the_replica_only_once_it_has_replayed_it()
    {
        var region = app.NewRegion();
        await PostgisReplica.PauseReplayAsync();
        try
        {
            var (id, position) = await app.Client.WriteIncidentAsync(region);

            var mine = await app.Client.ReadAsync(ReplicaReads.ListUrl(region), position);
            Assert.Equal("primary", mine.From);
            Assert.Equal([id], mine.Body.Ids());
            // Without the position the read goes to the replica, which really is behind.
            var anyone = await app.Client.ReadAsync(ReplicaReads.ListUrl(region));
            Assert.Equal("replica-1", anyone.From);
            Assert.Empty(anyone.Body.Ids());

            await PostgisReplica.ResumeReplayAsync();
            await PostgisReplica.WaitForReplayAsync(position);
            var later = await app.Client.ReadAsync(ReplicaReads.ListUrl(region), position);
            Assert.Equal("replica-1", later.From);
            Assert.Equal([id], later.Body.Ids());
        }
        finally
        {
            await PostgisReplica.ResumeReplayAsync();
        }
    }

    [Fact]
    public async Task A_position_that_is_not_a_wal_position_is_a_400_problem_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents?limit=1");
        request.Headers.Add("BorderMap-Min-Lsn", "yesterday");
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("BorderMap-Min-Lsn", out _));
    }

    [Fact]
    public async Task A_tile_cached_on_one_node_is_rebuilt_after_a_write_though_the_replica_has_not_replayed_it_and_two_nodes_agree_on_its_etag()
    {
        var region = app.NewRegion();
        var (lon, lat) = region.At(0.5, 0.5);
        var url = TileUrl(lon, lat, zoom: 6);
        await PostgisReplica.WaitForReplayAsync((await app.Client.WriteIncidentAsync(region, 0.3)).Position);
        var before = await TileETagAsync(app.Client, url);

        await PostgisReplica.PauseReplayAsync();
        try
        {
            await app.Client.WriteIncidentAsync(region, 0.6);
            var after = await TileETagAsync(app.Client, url);
            Assert.NotEqual(before, after);

            // A second node over the same databases builds the same bytes, so the same ETag.
            await using var otherNode = BorderMapApp.Start(app.ConnectionString, new Dictionary<string, string?>
            {
                ["ConnectionStrings:BorderMapReplicas:0"] = await PostgisReplica.ConnectionStringForAsync(app.ConnectionString),
            });
            using var other = otherNode.CreateClient();
            Assert.Equal(after, await TileETagAsync(other, url));
        }
        finally
        {
            await PostgisReplica.ResumeReplayAsync();
        }
    }

    private static async Task<string> TileETagAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private static string TileUrl(double lon, double lat, int zoom)
    {
        var n = 1 << zoom;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        return $"/tiles/incidents/{zoom}/{x}/{y}.pbf";
    }
}
