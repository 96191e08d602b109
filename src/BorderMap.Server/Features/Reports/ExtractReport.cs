using BorderMap.Data.Reports;
using Hangfire;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
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
