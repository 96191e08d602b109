using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Analytics;

/// <summary>GET /maps/heatmap.png and /maps/timeline.png (and <c>bordermap render</c>), parsed: filters and an image size.</summary>
public sealed record MapRequest(IncidentQuery Filter, int Width, int Height, TimePrecision Interval)
{
    public const int MaxSide = 4096;
    public const int MinSide = 200;

    /// <summary>The parameters of its own, beside the incident filters (the API document describes each).</summary>
    public static IReadOnlySet<string> Parameters { get; } = AnalyticsParameters.Names("width", "height", "interval");
    private static readonly IReadOnlyDictionary<string, TimePrecision> Intervals = AnalyticsParameters.Options(
        ("day", TimePrecision.Day), ("week", TimePrecision.Week), ("month", TimePrecision.Month));

    public static MapRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters, int defaultWidth, int defaultHeight)
    {
        var p = AnalyticsParameters.Read(parameters, Parameters);
        var request = new MapRequest(
            p.Filter,
            p.Whole("width", MinSide, MaxSide) ?? defaultWidth,
            p.Whole("height", MinSide, MaxSide) ?? defaultHeight,
            p.Choice("interval", Intervals, TimePrecision.Week));
        p.ThrowIfInvalid();
        return request;
    }

    /// <summary>The heatmap behind the map: QGIS defaults, a cell per two pixels, precision 3 left out.</summary>
    public HeatmapRequest Heatmap(BoundingBox area) => new(
        Filter with { Bbox = area, MinPrecision = Filter.MinPrecision is { } p && p < GeoPrecision.District ? p : GeoPrecision.District },
        new KdeOptions(HeatmapRequest.DefaultRadiusM),
        new GridSize(null, Math.Max(1, Width / 2), Math.Max(1, Height / 2)),
        WeightByFatalities: false,
        GeoPrecision.District,
        HeatmapFormat.Png)
    {
        CostParameters = ["width", "height", "bbox"],
    };

    public TimelineRequest Timeline() => new(Filter, Interval, TimelineSplit.EventType);
}

/// <summary>What the matching incidents span: their dates, how many, and whether any is synthetic (then every output says so).</summary>
public sealed record IncidentSummary(long Incidents, DateOnly? First, DateOnly? Last, bool AnySynthetic);

/// <summary>An incident as a map point.</summary>
public sealed record MapIncident(double Lon, double Lat, string EventType);

/// <summary>A named geometry of the basemap (lon/lat).</summary>
public sealed record MapShape(string Id, string Name, Geometry Geometry);

/// <summary>The geodata under a map: countries, the border line, its segments and its crossings, each possibly empty.</summary>
public sealed record MapBackdrop(IReadOnlyList<MapShape> Countries, IReadOnlyList<MapShape> BorderLine, IReadOnlyList<MapShape> Segments, IReadOnlyList<MapShape> Crossings);

/// <summary>Everything a heatmap map shows, ready to draw.</summary>
public sealed record HeatmapMapContent(BoundingBox Area, Heatmap Heatmap, MapBackdrop Backdrop, IReadOnlyList<MapIncident> Incidents, IncidentSummary Summary);
