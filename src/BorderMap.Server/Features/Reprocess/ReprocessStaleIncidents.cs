using BorderMap.Data.Reprocessing;
using BorderMap.Server.Features.Reprocess;
using Hangfire;
using Microsoft.Extensions.Options;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
namespace BorderMap.Server.Jobs;

/// <summary>Recurring (<c>Jobs:ReprocessCron</c>, nightly): starts a whole-database run when incidents are stale and none is under way.</summary>
internal sealed class ReprocessStaleIncidents(ReprocessLauncher launcher)
{
    [Queue(JobQueues.Reprocess)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => launcher.StartWholeRunIfNeededAsync(ReprocessReasons.Nightly, ct);
}
