using System.Text.Json.Serialization;
using BorderMap.Core.Analytics;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Server.Features.Analytics;

internal sealed record HotspotFeature(Geometry Geometry, HotspotProperties Properties)
{
    [JsonPropertyOrder(-1)] public string Type => "Feature";

    public static HotspotFeature From(HexBin bin) => new(bin.Hexagon, new HotspotProperties(
        bin.I, bin.J, bin.Incidents, bin.Fatalities, Math.Round(bin.Gi.Z, 6), Math.Round(bin.Gi.P, 8),
        bin.Gi.Bin, bin.Gi.Confidence, ClassName(bin.Gi.Class)));

    public static string ClassName(HotspotClass kind) => kind switch
    {
        HotspotClass.Hot => "hot",
        HotspotClass.Cold => "cold",
        _ => "not significant",
    };
}

/// <summary>
/// A hexagon's PostGIS grid index (i, j), its counts, its Gi* z-score and two-sided p-value, its
/// ArcGIS confidence bin (−3…3) and confidence (90/95/99, 0), and its class at the request's alpha.
/// </summary>
internal sealed record HotspotProperties(long I, long J, long Incidents, long Fatalities, double GiZ, double GiP, int GiBin, int Confidence, string Class);

/// <summary>The hexagons of the study area and how they were tested.</summary>
internal sealed record HotspotCollection(IReadOnlyList<HotspotFeature> Features, double SizeM, double Alpha, bool Fdr, string StudyArea,
    int MaxPrecision, string BinCrs)
{
    [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";

    public static HotspotCollection From(HotspotRequest request, IReadOnlyList<HexBin> bins) => new(
        bins.Select(HotspotFeature.From).ToList(), request.SizeM, request.Alpha, request.Fdr, request.StudyAreaCode,
        (int)(request.Filter.MinPrecision ?? GeoPrecision.ProvinceOrBorder), $"EPSG:{Heatmap.Epsg}");
}

internal sealed record TimelineGroupView(string Key, string? Label, double Incidents, double Fatalities);

/// <summary>A bucket: its first and last day, its size, the days of it inside the period and whether that is fewer than all.</summary>
internal sealed record TimelineBucketView(DateOnly Start, DateOnly End, string Precision, int Days, bool Partial, double Incidents, double Fatalities,
    IReadOnlyList<TimelineGroupView> Groups);

internal sealed record TimelineView(string Interval, string SplitBy, string CoarseDates, double Incidents, double Fatalities,
    IReadOnlyList<TimelineBucketView> Buckets, IReadOnlyList<TimelineBucketView> Coarser)
{
    public static TimelineView From(TimelineRequest request, TimelineResult timeline) => new(
        request.Interval.ToCode(),
        TimelineRequest.Code(request.SplitBy),
        TimelineRequest.Code(request.CoarseDates),
        Count(timeline.Incidents),
        Count(timeline.Fatalities),
        timeline.Buckets.Select(b => View(request.SplitBy, b)).ToList(),
        timeline.Coarser.Select(b => View(request.SplitBy, b)).ToList());

    private static TimelineBucketView View(TimelineSplit split, TimelineBucketTotals b) => new(
        b.Start, b.End, b.Precision.ToCode(), b.Days, b.Partial, Count(b.Incidents), Count(b.Fatalities),
        b.Groups.Select(g => new TimelineGroupView(g.Key, Label(split, g.Key), Count(g.Incidents), Count(g.Fatalities))).ToList());

    /// <summary>Whole numbers stay whole; spread shares are given to a millionth.</summary>
    private static double Count(double value) => Math.Round(value, 6);

    private static string? Label(TimelineSplit split, string key) => split switch
    {
        TimelineSplit.EventType => EventType.Find(key)?.Label,
        TimelineSplit.Side => key switch { "TJ" => "Tajikistan", "AF" => "Afghanistan", _ => null },
        _ => null,
    };
}

internal sealed record SegmentFeature(string Id, Geometry Geometry, SegmentProperties Properties)
{
    [JsonPropertyOrder(-1)] public string Type => "Feature";

    public static SegmentFeature From(SegmentChange s) => new(s.Id, s.Geometry, new SegmentProperties(
        s.Id, s.Ordinal, s.Name, Math.Round(s.LengthM, 1), s.Incidents, s.Fatalities, s.PreviousIncidents, s.PreviousFatalities,
        s.Change, s.ChangeRatio is { } r ? Math.Round(r, 4) : null));
}

internal sealed record SegmentProperties(string Id, int Ordinal, string Name, double LengthM, long Incidents, long Fatalities,
    long PreviousIncidents, long PreviousFatalities, long Change, double? ChangeRatio);

internal sealed record Period(DateOnly From, DateOnly To);

internal sealed record SegmentCollection(IReadOnlyList<SegmentFeature> Features, Period Period, Period PreviousPeriod)
{
    [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";
}
