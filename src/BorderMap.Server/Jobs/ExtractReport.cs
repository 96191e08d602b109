using BorderMap.Data.Reports;
using Hangfire;

namespace BorderMap.Server.Jobs;

/// <summary>
/// What <c>POST /api/v1/reports</c> enqueues: runs the geoparser over one stored report. Reentrant
/// and idempotent (<see cref="ReportProcessor"/>): the report is extracted in one transaction under
/// a row lock, so a second run of the same job finds it done, and a run killed half-way wrote nothing.
/// </summary>
internal sealed class ExtractReport(ReportProcessor processor)
{
    [Queue(JobQueues.Ingest)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public Task RunAsync(long reportId, CancellationToken ct) => processor.ProcessAsync(reportId, ct);
}

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
