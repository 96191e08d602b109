namespace BorderMap.Server.Features.Reports;

/// <summary>Where a newly stored report waits for the geoparser.</summary>
public interface IReportExtractionQueue
{
    Task EnqueueAsync(long reportId, CancellationToken ct);
}
