using System.Net;
using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Access;

/// <summary>A server with deliberately low limits and no key cache, so limits and revocation show within a test.</summary>
public sealed class TightLimitsApp : BorderMapApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Access:AnonymousPerMinute"] = "60",
        ["Access:KeyPerMinute"] = "120",
        ["Access:KeyCacheSeconds"] = "0",
        ["Access:KeyPerMinuteByName:test-Editor"] = "100000",
    };
}

public sealed class LimitTests(TightLimitsApp app) : IClassFixture<TightLimitsApp>
{
    [Fact]
    public async Task An_anonymous_client_past_its_rate_gets_429_with_retry_after_and_health_stays_open()
    {
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 200 && refused is null; i++)
        {
            var response = await app.Anonymous.GetAsync("/api/v1/border/context?lon=71.5&lat=37.5");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else response.Dispose();
        }
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(429, (await refused.ProblemAsync()).GetProperty("status").GetInt32());
        refused.Dispose();

        using var health = await app.Anonymous.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // another caller (a key) has its own budget
        using var keyed = await app.ClientFor(ApiRole.Reader).GetAsync("/api/v1/border/context?lon=71.5&lat=37.5");
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }

    [Fact]
    public async Task A_key_named_in_configuration_gets_its_own_budget_and_the_others_keep_theirs()
    {
        var editor = app.ClientFor(ApiRole.Editor);
        for (var i = 0; i < 200; i++)
        {
            using var response = await editor.GetAsync("/api/v1/border/context?lon=71.5&lat=37.5");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i + 1} of the raised key: {(int)response.StatusCode}");
        }
        // the admin key: the other tests of this class spend the reader's budget
        var other = app.ClientFor(ApiRole.Admin);
        var refused = false;
        for (var i = 0; i < 200 && !refused; i++)
        {
            using var response = await other.GetAsync("/api/v1/border/context?lon=71.5&lat=37.5");
            refused = response.StatusCode == HttpStatusCode.TooManyRequests;
        }
        Assert.True(refused, "the admin key kept the default 120 per minute");
    }

    [Fact]
    public async Task A_revoked_key_stops_working()
    {
        string secret;
        await using (var dataSource = BorderMapDataSource.Create(app.ConnectionString))
        {
            var store = new ApiKeyStore(dataSource);
            var (record, created) = await store.CreateAsync("short-lived", ApiRole.Editor, "test", CancellationToken.None);
            secret = created;
            using var client = new HttpClient { BaseAddress = app.Client.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);

            Assert.True(await store.RevokeAsync(record.Prefix, CancellationToken.None));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
            Assert.False(await store.RevokeAsync(record.Prefix, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Keys_are_stored_only_as_hashes()
    {
        await using var dataSource = BorderMapDataSource.Create(app.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM api_keys WHERE position(prefix in encode(key_hash, 'escape')) > 0 OR length(key_hash) <> 32");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        var secret = app.KeyFor(ApiRole.Admin);
        await using var search = dataSource.CreateCommand("SELECT count(*) FROM api_keys WHERE name = $1 OR prefix = $1");
        search.Parameters.AddWithValue(secret);
        Assert.Equal(0L, await search.ExecuteScalarAsync());
    }
}
