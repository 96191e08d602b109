using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>
/// The tests that read from the real streaming replica: one at a time (they pause its replay and
/// stop it), in the slower "Replica" category, and the replica is removed after the last of them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReplicaCollection : ICollectionFixture<ReplicaCollection.Lifetime>
{
    public const string Name = "replica";
    public const string Category = "Replica";

    public sealed class Lifetime : IAsyncLifetime
    {
        public async Task InitializeAsync() => await PostgisReplica.StartAsync();

        public Task DisposeAsync() => PostgisReplica.DestroyAsync();
    }
}

/// <summary>The real server over a fresh database on the primary, reading from the replica's copy of it.</summary>
public class ReplicaApp : BorderMapApp
{
    private string _replica = "";

    protected virtual double MaxLagSeconds => 120;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:BorderMapReplicas:0"] = _replica,
        ["Replicas:MaxLagSeconds"] = MaxLagSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Replicas:ProbeIntervalMilliseconds"] = "100",
    };

    public override async Task InitializeAsync()
    {
        await PostgisReplica.StartAsync();
        await base.InitializeAsync();
        await WaitForReplicaAsync("streaming");
    }

    protected override async Task DatabaseCreatedAsync(string connectionString) =>
        _replica = await PostgisReplica.ConnectionStringForAsync(connectionString);

    /// <summary>Waits until /readyz reports the replica in <paramref name="status"/> (streaming, lagging, down).</summary>
    public Task<JsonNode> WaitForReplicaAsync(string status) => Eventually.WaitAsync(async () =>
        (await Anonymous.GetFromJsonAsync<JsonObject>("/readyz"))!["databases"]!.AsArray().Single(d => (string?)d!["name"] == "replica-1")!,
        replica => (string?)replica["status"] == status, $"the replica to be {status}", limitSeconds: 120);
}

/// <summary>A replica app whose replica counts as lagging one second after its replay stalls.</summary>
public sealed class StrictReplicaApp : ReplicaApp
{
    protected override double MaxLagSeconds => 1;
}
