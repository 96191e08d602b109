using BorderMap.Core.Analytics;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static BorderMap.Server.Hosting.OpenApi.OpenApiQuery;

namespace BorderMap.Server.Features.Analytics;

/// <summary>
/// Describes the analytics query parameters — unit, default and range of each — in /openapi/v1.json
/// and so in /docs. The handlers read the query string through Core's parsers, which the generator
/// cannot see; the names are theirs (<see cref="HeatmapRequest.Parameters"/> and the like).
/// </summary>
internal sealed class AnalyticsOpenApiParameters : IOpenApiOperationTransformer
{
    private static readonly IReadOnlyDictionary<string, Func<IEnumerable<OpenApiParameter>>> Operations = new Dictionary<string, Func<IEnumerable<OpenApiParameter>>>
    {
        ["Heatmap"] = () => [.. Filters(precision3Dropped: true), .. Heatmap()],
        ["Hotspots"] = () => [.. Filters(precision3Dropped: true), .. Hotspots()],
        ["Timeline"] = () => [.. Filters(precision3Dropped: false), .. Timeline()],
        ["SegmentChanges"] = () => Filters(precision3Dropped: false, periodRequired: true),
        ["HeatmapMap"] = () => [.. Filters(precision3Dropped: true), .. Map(1600, 1000)],
        ["TimelineChart"] = () => [.. Filters(precision3Dropped: false), .. Map(1200, 480)],
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !Operations.TryGetValue(name, out var parameters)) return Task.CompletedTask;
        operation.Parameters ??= [];
        foreach (var parameter in parameters()) operation.Parameters.Add(parameter);
        return Task.CompletedTask;
    }

    /// <summary>The incident filters every analytics request takes, as the incident list reads them.</summary>
    private static IEnumerable<OpenApiParameter> Filters(bool precision3Dropped, bool periodRequired = false) =>
        IncidentFilterDocs.Filters(
            "minLon,minLat,maxLon,maxLat in degrees (EPSG:4326). Heatmap and hotspots: the area the grid covers, laid out in UTM 42N; " +
            "incidents outside it still count where they reach a cell (within radiusM of it) or lie in an edge hexagon. " +
            "Without it, the grid is laid around the matching incidents. Timeline, segments, maps: only incidents inside it. Default: none.",
            precision3Dropped, periodRequired);

    private static IEnumerable<OpenApiParameter> Heatmap() =>
    [
        Parameter("kernel", "The kernel shape, as QGIS's Heatmap (Kernel Density Estimation) names them.", Text(enumeration: Kernels.Names.Keys, fallback: "quartic")),
        Parameter("radiusM", "Kernel radius (bandwidth) in metres, greater than 0; a point adds nothing beyond it. " +
            "Incidents × the cells each kernel reaches must stay within Limits:Analytics:MaxKernelCells, else 422 naming radiusM, the grid parameter and bbox.",
            Number(0, HeatmapRequest.MaxRadiusM, HeatmapRequest.DefaultRadiusM)),
        Parameter("pixelM", "Cell size in metres (square cells). Without a bbox, QGIS's layout: the incidents' extent grown by radiusM, ⌈size/pixelM⌉ + 1 cells. " +
            "Not with width or height. Default: none (width decides).", Number(HeatmapRequest.MinPixelM, HeatmapRequest.MaxRadiusM, null)),
        Parameter("width", "Columns of cells across the area (like a WMS GetMap); with height, cells may be rectangles.", Integer(1, KdeGrid.MaxSide, GridSize.DefaultWidth)),
        Parameter("height", "Rows of cells. Default: square cells from width.", Integer(1, KdeGrid.MaxSide, null)),
        Parameter("weight", "none: each incident weighs 1; fatalities: each weighs its fatalities (incidents with none add nothing).", Text(enumeration: ["none", "fatalities"], fallback: "none")),
        Parameter("output", "raw: each cell is the kernel-weighted count of incidents at its centre, Σ wᵢ·K(dᵢ) with K(0) = 1 (incidents, no area unit); " +
            "scaled: density per square metre (each kernel integrates to 1, so Σ values × cell area ≈ the incident count).",
            Text(enumeration: ["raw", "scaled"], fallback: "raw")),
        Parameter("includePrecision3", "Keep precision 3 incidents (province or 'the border').", Flag(false)),
        Parameter("format", "json: the grid and its georeference (EPSG:32642); png: one pixel per cell, georeference in X-Grid-* headers; tiff/geotiff: Float32 GeoTIFF, nodata 0, the parameters and unit as GDAL metadata (SYNTHETIC=YES when synthetic incidents were summed).",
            Text(enumeration: ["json", "png", "tiff", "geotiff"], fallback: "json")),
    ];

    private static IEnumerable<OpenApiParameter> Hotspots() =>
    [
        Parameter("sizeM", "Hexagon side in metres (also its centre-to-corner distance); PostGIS ST_HexagonGrid in UTM 42N. " +
            "Neighbours for Gi*: the hexagon itself and the (up to) six that share a side with it, weight 1 each. " +
            "Hexagons over the area × 7 must stay within Limits:Analytics:MaxHexagonPairs (100,000 hexagons by default), else 422 naming sizeM.",
            Number(HotspotRequest.MinSizeM, HotspotRequest.MaxSizeM, HotspotRequest.DefaultSizeM)),
        Parameter("alpha", "The significance level of each hexagon's class (hot / cold / not significant), two-sided. giBin always gives all three levels.",
            Text(enumeration: ["0.1", "0.05", "0.01"], fallback: "0.05")),
        Parameter("studyArea", "observed: the hexagons holding at least one incident of any date and type (the other filters kept) — where nothing is ever reported, " +
            "a zero says nothing, and counting such hexagons makes cold spots impossible; grid: every hexagon of the area (ArcGIS's fishnet).",
            Text(enumeration: HotspotRequest.StudyAreas.Keys, fallback: "observed")),
        Parameter("fdr", "Benjamini–Hochberg false discovery rate correction over all hexagons of the study area, at each level (as ArcGIS's FDR option); " +
            "false tests each hexagon alone.", Flag(true)),
        Parameter("includePrecision3", "Keep precision 3 incidents (province or 'the border').", Flag(false)),
    ];

    private static IEnumerable<OpenApiParameter> Timeline() =>
    [
        Parameter("interval", "Bucket size: day, week (Monday to Sunday) or calendar month. Buckets cut by from/to carry partial: true and the days covered.",
            Text(enumeration: ["day", "week", "month"], fallback: "month")),
        Parameter("splitBy", "What each bucket's groups are.", Text(enumeration: ["none", "eventType", "side", "segment"], fallback: "eventType")),
        Parameter("coarseDates", "Incidents dated only to a week or month: own — in the interval's bucket when their whole week or month lies in it, " +
            "else in a bucket of their own precision under 'coarser' (whole counts); spread — shared evenly over their days, 1/7 or 1/days-in-month a day, " +
            "cut to from/to (fractional counts).", Text(enumeration: TimelineRequest.CoarseDateChoices.Keys, fallback: "own")),
    ];

    private static IEnumerable<OpenApiParameter> Map(int width, int height) =>
    [
        Parameter("width", "Image width in pixels.", Integer(MapRequest.MinSide, MapRequest.MaxSide, width)),
        Parameter("height", "Image height in pixels.", Integer(MapRequest.MinSide, MapRequest.MaxSide, height)),
        Parameter("interval", "Timeline bucket size.", Text(enumeration: ["day", "week", "month"], fallback: "week")),
    ];
}
