using BorderMap.Data.Alerts;
using BorderMap.Server.Features.Alerts;
using Hangfire;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
namespace BorderMap.Server.Jobs;

/// <summary>
/// Recurring (<c>Alerts:CheckCron</c>): evaluates every rule, then enqueues the deliveries of new
/// alerts and of any whose delivery job was lost. A run that finds the previous one still going
/// skips: the advisory lock inside <see cref="AlertCheck"/> is not waited for.
/// </summary>
internal sealed class CheckAlerts(AlertCheck check, AlertDispatcher dispatcher, ILogger<CheckAlerts> logger)
{
    [Queue(JobQueues.Alerts)]
    [AutomaticRetry(Attempts = 0)] // the next scheduled run is the retry
    public async Task RunAsync(CancellationToken ct)
    {
        var result = await check.RunAsync(waitForRunning: false, ct);
        if (result.Skipped)
        {
            logger.LogInformation("Alert check skipped: the previous check is still running");
            return;
        }
        await dispatcher.DispatchAsync(result.CreatedAlertIds, ct);
        var redispatched = await dispatcher.DispatchDueAsync(ct);
        logger.LogInformation("Alert check evaluated {Rules} rules over {Windows} windows and created {Alerts} alerts; {Redispatched} overdue deliveries dispatched again; phases {Phases}",
            result.RulesEvaluated, result.WindowsEvaluated, result.CreatedAlertIds.Count, redispatched,
            string.Join(", ", result.Phases.Select(p => FormattableString.Invariant($"{p.Phase} {p.Elapsed.TotalMilliseconds:0} ms"))));
    }
}
