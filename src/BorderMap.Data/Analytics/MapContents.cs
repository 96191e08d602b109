using BorderMap.Core.Analytics;

namespace BorderMap.Data.Analytics;

/// <summary>Gathers what a rendered heatmap map or timeline shows, for the server's /maps and the CLI's render.</summary>
public sealed class MapContents(Analyses analyses, MapStore maps)
{
    /// <summary>Points drawn on a map at most; beyond this they hide the heatmap they explain.</summary>
    public const int MaxPoints = 5_000;

    /// <summary>The heatmap under the map, checked against <paramref name="budget"/> before it runs (422 when over).</summary>
    public Task<HeatmapPlan> PlanHeatmapAsync(MapRequest request, AnalyticsBudget budget, CancellationToken ct) =>
        analyses.PlanHeatmapAsync(request.Heatmap(Area(request)), budget, ct);

    public async Task<HeatmapMapContent> HeatmapAsync(MapRequest request, HeatmapPlan plan, IProgress<double>? progress, CancellationToken ct)
    {
        var area = Area(request);
        var summary = await maps.SummaryAsync(request.Filter, ct);
        progress?.Report(0.1);
        var heatmap = await analyses.HeatmapAsync(plan, ct);
        progress?.Report(0.6);
        var backdrop = await maps.BackdropAsync(area, (area.MaxLon - area.MinLon) / request.Width, ct);
        var incidents = await maps.IncidentsAsync(request.Filter with { Bbox = area }, MaxPoints, ct);
        progress?.Report(0.7);
        return new HeatmapMapContent(area, heatmap, backdrop, incidents, summary);
    }

    private static Core.Queries.BoundingBox Area(MapRequest request) => request.Filter.Bbox ?? Analyses.BorderRegion;

    public async Task<(IReadOnlyList<TimelineBucketTotals> Buckets, IncidentSummary Summary)> TimelineAsync(MapRequest request, CancellationToken ct) =>
        ((await analyses.TimelineAsync(request.Timeline(), ct)).Buckets, await maps.SummaryAsync(request.Filter, ct));
}
