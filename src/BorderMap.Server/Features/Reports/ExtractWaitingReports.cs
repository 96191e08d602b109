using BorderMap.Data.Reports;
using Hangfire;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
namespace BorderMap.Server.Jobs;

/// <summary>
/// Recurring (<c>Jobs:WaitingReportsCron</c>): enqueues the extraction of reports that have waited
/// longer than <c>Jobs:ReportWaitLimit</c>, whose job was lost (the report was stored but the
/// enqueue failed, or Hangfire's storage was reset). Enqueuing one twice is harmless.
/// </summary>
internal sealed class ExtractWaitingReports(ReportStore reports, IBackgroundJobClient jobs, Microsoft.Extensions.Options.IOptions<JobsOptions> options, ILogger<ExtractWaitingReports> logger)
{
    [Queue(JobQueues.Ingest)]
    [AutomaticRetry(Attempts = 0)] // the next scheduled run is the retry
    public async Task RunAsync(CancellationToken ct)
    {
        var waiting = await reports.WaitingAsync(options.Value.ReportWaitLimit, ct);
        foreach (var id in waiting)
            jobs.Enqueue<ExtractReport>(job => job.RunAsync(id, CancellationToken.None));
        if (waiting.Count > 0) logger.LogWarning("{Count} reports waited longer than {Limit} for extraction: enqueued again", waiting.Count, options.Value.ReportWaitLimit);
    }
}
