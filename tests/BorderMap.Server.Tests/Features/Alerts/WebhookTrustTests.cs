using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BorderMap.Server.Tests.Features.Alerts;

/// <summary>
/// Issue 17, finding 4, against the real Hangfire server and a real HTTP receiver: a deleted or
/// disabled rule stops delivering, a webhook URL reaches the logs without its query string, and
/// webhook secrets are stored encrypted (those stored in plain text before are encrypted at start).
/// </summary>
public sealed class WebhookTrustTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Theory]
    [InlineData("delete")]
    [InlineData("disable")]
    public async Task A_rule_deleted_or_disabled_while_its_webhook_fails_posts_no_further_attempt(string how)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(Enumerable.Repeat(500, 20).ToArray());
        // Each attempt is still in flight when the rule goes: only the job's own check can stop the next one.
        receiver.Delay = TimeSpan.FromSeconds(1);
        var region = app.NewRegion();
        var rule = AlertApi.Rule(region, minCount: 1, webhookUrl: receiver.Url);
        var ruleId = await app.Client.PostRuleAsync(rule);
        await app.Client.PostIncidentAtAsync(region, "2023-09-14");
        var alertId = Assert.Single(await app.Client.CheckAsync(ruleId))["id"]!.GetValue<long>();
        await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "delivering", "the first attempt");

        if (how == "delete")
        {
            using var deleted = await app.Client.DeleteAsync($"/api/v1/alert-rules/{ruleId}");
            Assert.True(deleted.IsSuccessStatusCode);
        }
        else
        {
            rule["enabled"] = false;
            using var disabled = await app.Client.PutAsync($"/api/v1/alert-rules/{ruleId}", JsonContent(rule));
            Assert.True(disabled.IsSuccessStatusCode, await disabled.Content.ReadAsStringAsync());
        }

        var alert = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "cancelled", "the delivery to be cancelled");
        var attempts = alert["delivery"]!["attempts"]!.GetValue<int>();
        // Backoff is at most 1 s here: any attempt still scheduled would have been posted by now.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(attempts, receiver.Received.Count);
        Assert.Equal(1, attempts);
        Assert.Equal("cancelled", (await app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"))["delivery"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_webhook_secret_is_stored_encrypted_and_never_returned()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var ruleId = await app.Client.PostRuleAsync(AlertApi.Rule(app.NewRegion(), webhookUrl: receiver.Url));

        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM alert_rules WHERE strpos(row_to_json(alert_rules)::text, $1) > 0", AlertApi.Secret));
        Assert.Equal(1L, await app.ScalarAsync<long>("SELECT count(*) FROM alert_rules WHERE id = $1 AND webhook_secret_protected IS NOT NULL", ruleId));
        var shown = (await app.Client.GetJsonAsync($"/api/v1/alert-rules/{ruleId}")).ToJsonString();
        Assert.DoesNotContain(AlertApi.Secret, shown);
        Assert.DoesNotContain("webhookSecret\":\"", shown);
    }

    [Fact]
    public async Task A_secret_stored_in_plain_text_before_is_encrypted_at_the_next_start_and_still_signs()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var region = app.NewRegion();
        var ruleId = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 1, webhookUrl: receiver.Url));
        const string plain = "a-secret-stored-before-V0015";
        await app.ExecuteAsync("UPDATE alert_rules SET webhook_secret_plain = $1, webhook_secret_protected = NULL WHERE id = $2", plain, ruleId);

        await using (BorderMapApp.Start(app.ConnectionString, JobsApp.FastJobs("api")))
        {
            Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM alert_rules WHERE webhook_secret_plain IS NOT NULL"));
        }

        await app.Client.PostIncidentAtAsync(region, "2023-09-14");
        Assert.Single(await app.Client.CheckAsync(ruleId));
        var hook = (await Eventually.WaitAsync(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, "the webhook")).Single();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(plain),
            (byte[])[.. Encoding.UTF8.GetBytes(hook.Timestamp + "."), .. hook.Body]));
        Assert.Equal(expected, hook.Signature);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}

/// <summary>A failing webhook's URL in the logs, from a server of its own so every line it logs is seen.</summary>
public sealed class WebhookLoggingTests : BorderMap.Testing.FreshDatabase
{
    [Fact]
    public async Task A_failed_delivery_is_logged_without_the_webhook_urls_query_string()
    {
        var records = new RecordingLoggerProvider();
        var settings = JobsApp.FastJobs();
        settings["Logging:LogLevel:Default"] = "Information";
        settings["Alerts:Webhooks:MaxAttempts"] = "2";
        await using var server = BorderMapApp.Start(ConnectionString, settings,
            web => web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(records)));
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(500, 500);
        var client = await AdminClientAsync(server);
        var region = new TestRegion(-100, -40);
        var ruleId = await client.PostRuleAsync(AlertApi.Rule(region, minCount: 1, webhookUrl: receiver.Url + "?token=query-secret-42"));
        await client.PostIncidentAtAsync(region, "2023-09-14");
        var alertId = Assert.Single(await client.CheckAsync(ruleId))["id"]!.GetValue<long>();
        await Eventually.WaitAsync(() => client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "failed", "the delivery to give up");

        var warning = records.Entries.First(e => e.Message.Contains($"Alert {alertId} ", StringComparison.Ordinal) && e.Message.Contains("failed"));
        Assert.Contains(receiver.Url, warning.Message);
        Assert.All(records.Entries, e => Assert.DoesNotContain("query-secret-42", e.Message + e.Scopes));
    }

    private async Task<HttpClient> AdminClientAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server)
    {
        await using var dataSource = BorderMap.Data.BorderMapDataSource.Create(ConnectionString);
        var key = await new BorderMap.Data.Access.ApiKeyStore(dataSource).CreateAsync("logging", Core.Access.ApiRole.Admin, "test", CancellationToken.None);
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Secret);
        return client;
    }
}
