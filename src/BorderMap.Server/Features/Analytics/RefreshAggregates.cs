using BorderMap.Data.Analytics;
using Hangfire;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
namespace BorderMap.Server.Jobs;

/// <summary>Recurring (<c>Jobs:AggregatesCron</c>) and after reprocessing: refreshes the timeline and hotspot views.</summary>
internal sealed class RefreshAggregates(Aggregates aggregates)
{
    [Queue(JobQueues.Reprocess)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
    public Task RunAsync(CancellationToken ct) => aggregates.RefreshAsync(ct);
}
