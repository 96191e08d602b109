using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>A replica that falls behind the bound, or goes down, gets no reads; the primary answers them.</summary>
[Collection(ReplicaCollection.Name), Trait("Category", ReplicaCollection.Category)]
public sealed class ReplicaFailureTests(StrictReplicaApp app) : IClassFixture<StrictReplicaApp>
{
    [Fact]
    public async Task A_replica_further_behind_than_the_bound_is_skipped_until_it_catches_up()
    {
        var region = app.NewRegion();
        await PostgisReplica.PauseReplayAsync();
        try
        {
            var (id, _) = await app.Client.WriteIncidentAsync(region);
            await app.WaitForReplicaAsync("lagging");

            var read = await app.Client.ReadAsync(ReplicaReads.ListUrl(region));
            Assert.Equal("primary", read.From);
            Assert.Equal([id], read.Body.Ids());
        }
        finally
        {
            await PostgisReplica.ResumeReplayAsync();
        }
        await app.WaitForReplicaAsync("streaming");
        Assert.Equal("replica-1", (await app.Client.ReadAsync(ReplicaReads.ListUrl(region))).From);
    }

    [Fact]
    public async Task When_the_replica_stops_reads_fall_back_to_the_primary_and_return_when_it_is_back()
    {
        var region = app.NewRegion();
        var (id, position) = await app.Client.WriteIncidentAsync(region);
        await PostgisReplica.WaitForReplayAsync(position);
        Assert.Equal("replica-1", (await app.Client.ReadAsync(ReplicaReads.ListUrl(region))).From);

        await PostgisReplica.StopAsync();
        try
        {
            // At once, whether or not a probe has noticed yet: a read that fails on the replica runs again on the primary.
            var during = await app.Client.ReadAsync(ReplicaReads.ListUrl(region));
            Assert.Equal("primary", during.From);
            Assert.Equal([id], during.Body.Ids());
            var down = await app.WaitForReplicaAsync("down");
            Assert.NotNull(down["problem"]);
            using var ready = await app.Anonymous.GetAsync("/readyz");
            Assert.True(ready.IsSuccessStatusCode, "a replica outage leaves the node ready: the primary serves");
        }
        finally
        {
            await PostgisReplica.StartAsync();
        }
        await app.WaitForReplicaAsync("streaming");
        var back = await app.Client.ReadAsync(ReplicaReads.ListUrl(region));
        Assert.Equal("replica-1", back.From);
        Assert.Equal([id], back.Body.Ids());
    }
}
