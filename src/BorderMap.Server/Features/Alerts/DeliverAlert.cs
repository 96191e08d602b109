using BorderMap.Core.Alerts;
using BorderMap.Data.Alerts;
using BorderMap.Server.Features.Alerts;
using Hangfire;
using Microsoft.Extensions.Options;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
namespace BorderMap.Server.Jobs;

/// <summary>
/// Posts one alert to its rule's webhook. Reentrant: it acts only on a claim taken in the database
/// (pending → delivering), so a duplicate job, a retry after delivery, or a second worker does
/// nothing. A failed attempt goes back to pending and schedules the next one after an exponential
/// backoff, until <c>Alerts:Webhooks:MaxAttempts</c>. Every attempt's claim checks the rule: once it
/// is deleted or disabled, the delivery is cancelled and nothing more is posted.
/// </summary>
internal sealed class DeliverAlert(
    AlertDeliveryStore deliveries, WebhookSender sender, IBackgroundJobClient jobs, IOptions<AlertsOptions> options, ILogger<DeliverAlert> logger)
{
    [Queue(JobQueues.Alerts)]
    [AutomaticRetry(Attempts = 0)] // retries are scheduled below from the state in the database, never by Hangfire as well
    public async Task RunAsync(long alertId, CancellationToken ct)
    {
        var webhooks = options.Value.Webhooks;
        var claim = await deliveries.ClaimAsync(alertId, webhooks.Timeout * 2 + TimeSpan.FromSeconds(30), ct);
        if (claim is null) return;

        var outcome = await sender.PostAsync(claim, ct);
        var backoff = new DeliveryBackoff(webhooks.BackoffBase, webhooks.BackoffMax, webhooks.MaxAttempts);
        var giveUp = outcome is DeliveryOutcome.Failed && backoff.GivesUpAfter(claim.Attempt);
        var retryAfter = backoff.After(claim.Attempt);
        var state = await deliveries.FinishAsync(claim, outcome, giveUp, retryAfter, CancellationToken.None);

        switch (outcome)
        {
            case DeliveryOutcome.Delivered d:
                logger.LogInformation("Alert {AlertId} (rule {RuleId}) delivered on attempt {Attempt}: HTTP {Status}", alertId, claim.RuleId, claim.Attempt, d.StatusCode);
                break;
            case DeliveryOutcome.Failed f:
                // Never the query string: receivers often carry their own token in it (README: logs hold no query strings).
                logger.LogWarning("Alert {AlertId} (rule {RuleId}) attempt {Attempt} to {Url} failed: {Error}; {Next}", alertId, claim.RuleId, claim.Attempt,
                    new Uri(claim.WebhookUrl).GetLeftPart(UriPartial.Path), f.Error, state == "pending" ? $"next attempt in {retryAfter}" : "no attempts left");
                break;
        }
        if (state == "pending")
            jobs.Schedule<DeliverAlert>(job => job.RunAsync(alertId, CancellationToken.None), retryAfter);
    }
}
