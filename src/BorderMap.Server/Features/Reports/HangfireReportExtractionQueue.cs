using BorderMap.Server.Jobs;
using Hangfire;

namespace BorderMap.Server.Features.Reports;

/// <summary>
/// Enqueues <see cref="ExtractReport"/> on the <c>ingest</c> queue: a worker extracts the report
/// and <c>GET /api/v1/reports/{id}</c> shows when it is done.
/// </summary>
internal sealed class HangfireReportExtractionQueue(IBackgroundJobClient jobs) : IReportExtractionQueue
{
    public Task EnqueueAsync(long reportId, CancellationToken ct)
    {
        jobs.Enqueue<ExtractReport>(job => job.RunAsync(reportId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
