using BorderMap.Core.Analytics;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;

namespace BorderMap.Data.Analytics;

/// <summary>
/// The analyses the server and the CLI both run: PostGIS selects and transforms, Core sums.
/// Each first settles the area in UTM 42N, so a request that would make too big a grid is refused
/// before any incident is read.
/// </summary>
public sealed class Analyses(AnalyticsStore store)
{
    /// <summary>The border region (Termez to the Wakhan), used when a heatmap has no bbox and no incidents.</summary>
    public static readonly BoundingBox BorderRegion = new(67.3, 36.4, 75.2, 38.6);

    public async Task<Heatmap> HeatmapAsync(HeatmapRequest request, CancellationToken ct)
    {
        var radius = request.Kde.RadiusM;
        if (request.Filter.Bbox is { } box)
        {
            var area = await store.BboxExtentAsync(box, ct) ?? throw OutsideDomain();
            var grid = request.Size.Over(area.MinX, area.MinY, area.MaxX, area.MaxY, radius, aroundPoints: false);
            // Points outside the box still warm the cells inside it: every point within the radius
            // of the grid's own cells, which overhang the box by up to a cell east and south.
            var chunks = store.HeatmapPointsAsync(request.Filter with { Bbox = null }, request.WeightByFatalities, grid.Extent.Grow(radius), HeatmapSum.ChunkSize, ct);
            return await HeatmapSum.OverlappedAsync(grid, chunks, request, ct);
        }

        // QGIS's layout needs the points' extent before the first sum, so they are read first.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var points = await HeatmapSum.CollectAsync(store.HeatmapPointsAsync(request.Filter, request.WeightByFatalities, null, HeatmapSum.ChunkSize, ct), ct);
        KdeGrid layout;
        if (points.Extent() is { } e)
        {
            layout = request.Size.Over(e.MinX, e.MinY, e.MaxX, e.MaxY, radius, aroundPoints: true);
        }
        else
        {
            var region = (await store.BboxExtentAsync(BorderRegion, ct))!;
            layout = request.Size.Over(region.MinX, region.MinY, region.MaxX, region.MaxY, radius, aroundPoints: false);
        }
        var read = clock.Elapsed;
        var values = await Task.Run(() => KernelDensity.Compute(layout, points, request.Kde, ct), ct);
        return new Heatmap(layout, values, points.Count, request.Kde, request.WeightByFatalities)
        {
            ReadTime = read,
            SumTime = clock.Elapsed - read,
        };
    }

    /// <summary>
    /// The hexagons of the study area with their Gi*. The grid covers the bbox, or else the extent
    /// of the incidents that decide the study area (all dates and types for the observed area).
    /// </summary>
    public async Task<IReadOnlyList<HexBin>> HotspotsAsync(HotspotRequest request, CancellationToken ct)
    {
        var area = request.Filter.Bbox is { } box
            ? await store.BboxExtentAsync(box, ct) ?? throw OutsideDomain()
            : await store.PointsExtentAsync(request.ReadFilter, ct);
        if (area is null) return [];
        area = area.Grow(request.SizeM / 2);
        var hexagons = request.HexagonsOver(area.Area);
        if (hexagons > HotspotRequest.MaxHexagons)
        {
            var errors = new FieldErrors();
            errors.Add("sizeM", FormattableString.Invariant(
                $"gives about {hexagons:N0} hexagons over this area; at most {HotspotRequest.MaxHexagons:N0}: use larger hexagons or a smaller bbox"));
            throw new InputValidationException("The query parameters are not valid.", errors, status: 400);
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

    private static InputValidationException OutsideDomain()
    {
        var errors = new FieldErrors();
        errors.Add("bbox", "lies outside the area analytics cover (longitude 51 to 87, latitude 0 to 84, around UTM zone 42N)");
        return new InputValidationException("The query parameters are not valid.", errors, status: 400);
    }
}
