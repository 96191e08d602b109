using BorderMap.Data.Reports;

namespace BorderMap.Server.Features.Reports;

/// <summary>Where a newly stored report waits for the geoparser. The jobs issue replaces the synchronous queue with a Hangfire job.</summary>
public interface IReportExtractionQueue
{
    Task EnqueueAsync(long reportId, CancellationToken ct);
}

/// <summary>Extracts at once, inside the request: the report's status is final when POST answers.</summary>
internal sealed class SynchronousReportExtractionQueue(ReportProcessor processor) : IReportExtractionQueue
{
    public Task EnqueueAsync(long reportId, CancellationToken ct) => processor.ProcessAsync(reportId, ct);
}
