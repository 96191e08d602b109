using BorderMap.Core.Analytics;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;

namespace BorderMap.Data.Analytics;

/// <summary>
/// The analyses the server and the CLI both run: PostGIS selects and transforms, Core sums.
/// Each is planned first: the area in UTM 42N is settled and the cost estimated against a budget,
/// so a request that would make too big a grid, or cost too much, is refused before any incident
/// is read (and, on the server, before it waits for its turn).
/// </summary>
public sealed class Analyses(AnalyticsStore store)
{
    /// <summary>The border region (Termez to the Wakhan), used when a heatmap has no bbox and no incidents.</summary>
    public static readonly BoundingBox BorderRegion = new(67.3, 36.4, 75.2, 38.6);

    /// <summary>
    /// Settles a heatmap's grid and refuses it (422) when PostgreSQL's estimate of its incidents
    /// times the cells each kernel reaches is over <paramref name="budget"/>. Nothing here reads an
    /// incident, so a server runs it before the request waits for its turn.
    /// </summary>
    public async Task<HeatmapPlan> PlanHeatmapAsync(HeatmapRequest request, AnalyticsBudget budget, CancellationToken ct)
    {
        var radius = request.Kde.RadiusM;
        KdeGrid? grid = null;
        if (request.Filter.Bbox is { } box)
        {
            var area = await store.BboxExtentAsync(box, ct) ?? throw OutsideDomain();
            grid = request.Size.Over(area.MinX, area.MinY, area.MaxX, area.MaxY, radius, aroundPoints: false);
        }
        if (budget.IsUnlimited) return new HeatmapPlan(request, budget, grid);

        var estimatedGrid = grid ?? await EstimatedLayoutAsync(request, ct);
        if (estimatedGrid is not null
            && await store.EstimateHeatmapPointsAsync(PointsFilter(request), request.WeightByFatalities, PointsWithin(request, grid), ct) is { } points)
            budget.CheckHeatmap(request, estimatedGrid, points, estimated: true);
        return new HeatmapPlan(request, budget, grid);
    }

    /// <summary>A heatmap with no limit on its cost (the command line's).</summary>
    public async Task<Heatmap> HeatmapAsync(HeatmapRequest request, CancellationToken ct) =>
        await HeatmapAsync(await PlanHeatmapAsync(request, AnalyticsBudget.Unlimited, ct), ct);

    /// <summary>
    /// Sums the planned heatmap. The incidents are counted as they stream, and the sum stops (422)
    /// as soon as there are more than the budget allows: the estimate may have been low.
    /// </summary>
    public async Task<Heatmap> HeatmapAsync(HeatmapPlan plan, CancellationToken ct)
    {
        var request = plan.Request;
        if (plan.Grid is { } grid)
        {
            // Points outside the box still warm the cells inside it: every point within the radius
            // of the grid's own cells, which overhang the box by up to a cell east and south.
            var chunks = store.HeatmapPointsAsync(PointsFilter(request), request.WeightByFatalities, PointsWithin(request, grid), HeatmapSum.ChunkSize, ct);
            return await HeatmapSum.OverlappedAsync(grid, chunks, request, count => plan.Budget.CheckHeatmap(request, grid, count, estimated: false), ct);
        }

        // QGIS's layout needs the points' extent before the first sum, so they are read first.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var points = await HeatmapSum.CollectAsync(store.HeatmapPointsAsync(request.Filter, request.WeightByFatalities, null, HeatmapSum.ChunkSize, ct), ct);
        KdeGrid layout;
        if (points.Extent() is { } e)
        {
            layout = request.Size.Over(e.MinX, e.MinY, e.MaxX, e.MaxY, request.Kde.RadiusM, aroundPoints: true);
        }
        else
        {
            var region = (await store.BboxExtentAsync(BorderRegion, ct))!;
            layout = request.Size.Over(region.MinX, region.MinY, region.MaxX, region.MaxY, request.Kde.RadiusM, aroundPoints: false);
        }
        plan.Budget.CheckHeatmap(request, layout, points.Count, estimated: false);
        var read = clock.Elapsed;
        var values = await Task.Run(() => KernelDensity.Compute(layout, points, request.Kde, ct), ct);
        return new Heatmap(layout, values, points.Count, request.Kde, request.WeightByFatalities)
        {
            ReadTime = read,
            SumTime = clock.Elapsed - read,
            Synthetic = points.AnySynthetic,
        };
    }

    /// <summary>
    /// Checks the hexagons a bbox takes against <paramref name="budget"/> (422 when over); without a
    /// bbox the incidents' extent decides, and is checked once the request runs.
    /// </summary>
    public async Task<HotspotPlan> PlanHotspotsAsync(HotspotRequest request, AnalyticsBudget budget, CancellationToken ct)
    {
        if (request.Filter.Bbox is not { } box) return new HotspotPlan(request, budget, null);
        var area = (await store.BboxExtentAsync(box, ct) ?? throw OutsideDomain()).Grow(request.SizeM / 2);
        budget.CheckHotspots(request, request.HexagonsOver(area.Area));
        return new HotspotPlan(request, budget, area);
    }

    /// <summary>
    /// The hexagons of the study area with their Gi*. The grid covers the bbox, or else the extent
    /// of the incidents that decide the study area (all dates and types for the observed area).
    /// </summary>
    public async Task<IReadOnlyList<HexBin>> HotspotsAsync(HotspotPlan plan, CancellationToken ct)
    {
        var request = plan.Request;
        var area = plan.Area;
        if (area is null)
        {
            area = (await store.PointsExtentAsync(request.ReadFilter, ct))?.Grow(request.SizeM / 2);
            if (area is null) return [];
            plan.Budget.CheckHotspots(request, request.HexagonsOver(area.Area));
        }

        var grid = await store.HexBinsAsync(request, area, ct);
        var bins = request.StudyArea == HotspotStudyArea.Grid ? grid : grid.Where(b => b.Observed).ToList();
        var neighbourhoods = HexNeighbourhoods.Of(bins, request.SizeM);
        var gi = GetisOrd.Compute(bins.Select(b => (double)b.Incidents).ToArray(), neighbourhoods, request.Alpha, request.Fdr);
        return bins.Select((b, k) => b with { Gi = gi[k] }).ToList();
    }

    public async Task<TimelineResult> TimelineAsync(TimelineRequest request, CancellationToken ct)
    {
        var rows = await store.TimelineAsync(request.ReadFilter, request.SplitBy, ct);
        return Timeline.Fill(rows, request.Interval, request.Filter.From, request.Filter.To, request.CoarseDates);
    }

    public Task<IReadOnlyList<SegmentChange>> SegmentChangesAsync(SegmentChangeRequest request, CancellationToken ct) =>
        store.SegmentChangesAsync(request, ct);

    /// <summary>With a bbox, the points are read from around the grid, wherever they lie: the bbox filter is dropped.</summary>
    private static IncidentQuery PointsFilter(HeatmapRequest request) =>
        request.Filter.Bbox is null ? request.Filter : request.Filter with { Bbox = null };

    private static MetricExtent? PointsWithin(HeatmapRequest request, KdeGrid? grid) => grid?.Extent.Grow(request.Kde.RadiusM);

    /// <summary>
    /// QGIS's layout over the extent the statistics give all incidents, for an estimate before the
    /// matching points are read; none when there are no statistics yet or that extent makes no grid.
    /// </summary>
    private async Task<KdeGrid?> EstimatedLayoutAsync(HeatmapRequest request, CancellationToken ct)
    {
        if (await store.EstimatedIncidentsExtentAsync(ct) is not { } e) return null;
        try
        {
            return request.Size.Over(e.MinX, e.MinY, e.MaxX, e.MaxY, request.Kde.RadiusM, aroundPoints: true);
        }
        catch (InputValidationException)
        {
            return null;
        }
    }

    private static InputValidationException OutsideDomain()
    {
        var errors = new FieldErrors();
        errors.Add("bbox", "lies outside the area analytics cover (longitude 51 to 87, latitude 0 to 84, around UTM zone 42N)");
        return new InputValidationException("The query parameters are not valid.", errors, status: 400);
    }
}
