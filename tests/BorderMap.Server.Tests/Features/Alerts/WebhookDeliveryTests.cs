using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Jobs;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BorderMap.Server.Tests.Features.Alerts;

public sealed class WebhookDeliveryTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task The_webhook_signature_verifies_with_the_rule_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var alertId = await AlertOnNewRuleAsync(receiver.Url);

        var received = await Eventually.WaitAsync(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, "the webhook");

        var hook = Assert.Single(received);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AlertApi.Secret),
            (byte[])[.. Encoding.UTF8.GetBytes(hook.Timestamp + "."), .. hook.Body]));
        Assert.Equal(expected, hook.Signature);
        Assert.Equal(alertId.ToString(), hook.Delivery);
        Assert.Equal(alertId, JsonNode.Parse(hook.Body)!["alertId"]!.GetValue<long>());
        Assert.InRange(long.Parse(hook.Timestamp!), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_500_from_the_receiver_is_retried_and_then_succeeds_with_every_attempt_on_the_alert()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(500, 500);
        var alertId = await AlertOnNewRuleAsync(receiver.Url);

        var alert = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "delivered", "the delivery");

        var log = alert["delivery"]!["log"]!.AsArray().Select(a => (a!["outcome"]!.GetValue<string>(), a["statusCode"]!.GetValue<int>())).ToList();
        Assert.Equal([("failed", 500), ("failed", 500), ("delivered", 200)], log);
        Assert.Equal([500, 500, 200], receiver.Received.Select(r => r.AnsweredWith));
        Assert.All(receiver.Received, r => Assert.Equal(alertId.ToString(), r.Delivery));
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_is_given_up_on_after_the_last_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(503, 503, 503, 503, 503);
        var alertId = await AlertOnNewRuleAsync(receiver.Url);

        var alert = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "failed", "the delivery to give up");

        Assert.Equal(4, alert["delivery"]!["attempts"]!.GetValue<int>());
        Assert.Equal(4, receiver.Received.Count);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(307);
        var alertId = await AlertOnNewRuleAsync(receiver.Url);

        var alert = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "delivered", "the delivery");

        Assert.Equal(307, alert["delivery"]!["log"]![0]!["statusCode"]!.GetValue<int>());
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task Delivering_an_alert_again_after_it_was_delivered_posts_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var alertId = await AlertOnNewRuleAsync(receiver.Url);
        await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/alerts/{alertId}"),
            a => a["delivery"]!["state"]!.GetValue<string>() == "delivered", "the delivery");

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeliverAlert>().RunAsync(alertId, CancellationToken.None);

        Assert.Single(receiver.Received);
    }

    private async Task<long> AlertOnNewRuleAsync(string webhookUrl)
    {
        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 1, webhookUrl: webhookUrl));
        await app.Client.PostIncidentAtAsync(region, "2023-09-14");
        return Assert.Single(await app.Client.CheckAsync(rule))["id"]!.GetValue<long>();
    }
}
