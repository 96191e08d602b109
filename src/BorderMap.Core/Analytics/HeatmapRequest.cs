using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Analytics;

public enum HeatmapFormat
{
    Json,
    Png,
    GeoTiff,
}

/// <summary>
/// How big the grid's cells are: a pixel size in metres (QGIS's "pixel size"), or a number of
/// columns and/or rows across the extent (like a WMS GetMap's width and height).
/// </summary>
public sealed record GridSize(double? PixelM, int? Width, int? Height)
{
    public const int DefaultWidth = 1024;

    /// <summary>The grid over an extent in metres: QGIS's layout around the points when no bbox was given.</summary>
    public KdeGrid Over(double minX, double minY, double maxX, double maxY, double radius, bool aroundPoints)
    {
        if (aroundPoints && PixelM is { } qgisPixel) return KdeGrid.AroundPoints(minX, minY, maxX, maxY, radius, qgisPixel);
        if (aroundPoints)
        {
            minX -= radius;
            minY -= radius;
            maxX += radius;
            maxY += radius;
        }
        if (PixelM is { } pixel) return KdeGrid.Covering(minX, minY, maxX, maxY, pixel);
        if (Width is { } w && Height is { } h) return KdeGrid.Fitting(minX, minY, maxX, maxY, w, h);
        if (Height is { } onlyHeight) return KdeGrid.Covering(minX, minY, maxX, maxY, (maxY - minY) / onlyHeight);
        return KdeGrid.Covering(minX, minY, maxX, maxY, (maxX - minX) / (Width ?? DefaultWidth));
    }
}

/// <summary>GET /api/v1/analytics/heatmap, parsed: the incident filters, the kernel and the grid.</summary>
public sealed record HeatmapRequest(
    IncidentQuery Filter,
    KdeOptions Kde,
    GridSize Size,
    bool WeightByFatalities,
    GeoPrecision MaxPrecision,
    HeatmapFormat Format)
{
    public const double DefaultRadiusM = 10_000;
    public const double MaxRadiusM = 200_000;
    public const double MinPixelM = 1;

    /// <summary>The query parameters that set this heatmap's cost, named when it is refused for it (a map names its own).</summary>
    public IReadOnlyList<string> CostParameters { get; init; } = ["radiusM", "width", "bbox"];

    /// <summary>The parameters of its own, beside the incident filters (the API document describes each).</summary>
    public static IReadOnlySet<string> Parameters { get; } = AnalyticsParameters.Names(
        "kernel", "radiusM", "pixelM", "width", "height", "weight", "output", "includePrecision3", "format");

    private static readonly IReadOnlyDictionary<string, bool> Weights = AnalyticsParameters.Options(("none", false), ("fatalities", true));
    private static readonly IReadOnlyDictionary<string, KernelOutput> Outputs = AnalyticsParameters.Options(("raw", KernelOutput.Raw), ("scaled", KernelOutput.Scaled));
    private static readonly IReadOnlyDictionary<string, HeatmapFormat> Formats = AnalyticsParameters.Options(
        ("json", HeatmapFormat.Json), ("png", HeatmapFormat.Png), ("tiff", HeatmapFormat.GeoTiff), ("geotiff", HeatmapFormat.GeoTiff));

    public static HeatmapRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters, HeatmapFormat? format = null)
    {
        var p = AnalyticsParameters.Read(parameters, Parameters);
        var shape = p.Choice("kernel", Kernels.Names, KernelShape.Quartic);
        var radius = p.Number("radiusM", 0, MaxRadiusM, minExclusive: true, "metres") ?? DefaultRadiusM;
        var pixel = p.Number("pixelM", MinPixelM, MaxRadiusM, minExclusive: false, "metres");
        var width = p.Whole("width", 1, KdeGrid.MaxSide);
        var height = p.Whole("height", 1, KdeGrid.MaxSide);
        if (p.Has("pixelM") && (p.Has("width") || p.Has("height")))
            p.Errors.Add("pixelM", "sets the cell size, so it cannot be combined with width or height; give one or the other");

        var maxPrecision = p.MaxPrecision();

        var request = new HeatmapRequest(
            p.Filter with { MinPrecision = maxPrecision },
            new KdeOptions(radius, shape, p.Choice("output", Outputs, KernelOutput.Raw)),
            new GridSize(pixel, width, height),
            p.Choice("weight", Weights, false),
            maxPrecision,
            format ?? p.Choice("format", Formats, HeatmapFormat.Json))
        {
            CostParameters = ["radiusM", p.Has("pixelM") ? "pixelM" : p.Has("height") && !p.Has("width") ? "height" : "width", "bbox"],
        };
        p.ThrowIfInvalid();
        return request;
    }
}
