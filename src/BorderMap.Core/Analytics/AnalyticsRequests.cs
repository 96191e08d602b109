using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Analytics;

/// <summary>
/// GET /api/v1/analytics/hotspots, parsed: hexagons of <see cref="SizeM"/> metres a side over
/// <see cref="StudyArea"/>, Gi* classed at <see cref="Alpha"/>, with the Benjamini–Hochberg false
/// discovery rate correction when <see cref="Fdr"/>.
/// </summary>
public sealed record HotspotRequest(IncidentQuery Filter, double SizeM, double Alpha, HotspotStudyArea StudyArea = HotspotStudyArea.Observed, bool Fdr = true)
{
    public const double DefaultSizeM = 5_000;
    public const double MinSizeM = 100;
    public const double MaxSizeM = 200_000;
    public const double DefaultAlpha = 0.05;

    /// <summary>The parameters of its own, beside the incident filters (the API document describes each).</summary>
    public static IReadOnlySet<string> Parameters { get; } = AnalyticsParameters.Names("sizeM", "alpha", "studyArea", "fdr", "includePrecision3");
    private static readonly IReadOnlyDictionary<string, double> Alphas = AnalyticsParameters.Options(("0.1", 0.1), ("0.05", 0.05), ("0.01", 0.01));

    public static IReadOnlyDictionary<string, HotspotStudyArea> StudyAreas { get; } =
        AnalyticsParameters.Options(("observed", HotspotStudyArea.Observed), ("grid", HotspotStudyArea.Grid));

    public static HotspotRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        var p = AnalyticsParameters.Read(parameters, Parameters);
        var request = new HotspotRequest(
            p.Filter with { MinPrecision = p.MaxPrecision() },
            p.Number("sizeM", MinSizeM, MaxSizeM, minExclusive: false, "metres") ?? DefaultSizeM,
            p.Choice("alpha", Alphas, DefaultAlpha),
            p.Choice("studyArea", StudyAreas, HotspotStudyArea.Observed),
            p.Flag("fdr", fallback: true));
        p.ThrowIfInvalid();
        return request;
    }

    /// <summary>
    /// The incidents to read: for the observed study area, those of every date and type (they decide
    /// which hexagons are in it; the period and types then select what is counted), else the filters'.
    /// </summary>
    public IncidentQuery ReadFilter => StudyArea == HotspotStudyArea.Observed ? Filter with { From = null, To = null, Types = null } : Filter;

    public string StudyAreaCode => StudyAreas.First(s => s.Value == StudyArea).Key;

    /// <summary>About how many hexagons of this size tile an area of so many square metres.</summary>
    public double HexagonsOver(double areaM2) => areaM2 / (1.5 * Math.Sqrt(3) * SizeM * SizeM);
}

/// <summary>What a timeline's counts are split by.</summary>
public enum TimelineSplit
{
    None,
    EventType,
    Side,
    Segment,
}

/// <summary>GET /api/v1/analytics/timeline, parsed: counts and fatalities per day, week or month.</summary>
public sealed record TimelineRequest(IncidentQuery Filter, TimePrecision Interval, TimelineSplit SplitBy, CoarseDates CoarseDates = CoarseDates.Own)
{
    /// <summary>The parameters of its own, beside the incident filters (the API document describes each).</summary>
    public static IReadOnlySet<string> Parameters { get; } = AnalyticsParameters.Names("interval", "splitBy", "coarseDates");
    private static readonly IReadOnlyDictionary<string, TimePrecision> Intervals = AnalyticsParameters.Options(
        ("day", TimePrecision.Day), ("week", TimePrecision.Week), ("month", TimePrecision.Month));
    private static readonly IReadOnlyDictionary<string, TimelineSplit> Splits = AnalyticsParameters.Options(
        ("none", TimelineSplit.None), ("eventType", TimelineSplit.EventType), ("side", TimelineSplit.Side), ("segment", TimelineSplit.Segment));

    public static IReadOnlyDictionary<string, CoarseDates> CoarseDateChoices { get; } =
        AnalyticsParameters.Options(("own", CoarseDates.Own), ("spread", CoarseDates.Spread));

    public static TimelineRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        var p = AnalyticsParameters.Read(parameters, Parameters);
        var request = new TimelineRequest(p.Filter, p.Choice("interval", Intervals, TimePrecision.Month), p.Choice("splitBy", Splits, TimelineSplit.EventType),
            p.Choice("coarseDates", CoarseDateChoices, CoarseDates.Own));
        p.ThrowIfInvalid();
        return request;
    }

    /// <summary>
    /// The incidents to read: spread, a week or month that began before <c>from</c> (or is dated
    /// after <c>to</c>) still reaches into the period, so the dates are widened and Core cuts the spans.
    /// </summary>
    public IncidentQuery ReadFilter => CoarseDates == CoarseDates.Spread
        ? Filter with { From = Filter.From?.AddDays(-Timeline.MaxReachDays), To = Filter.To?.AddDays(Timeline.MaxReachDays) }
        : Filter;

    public static string Code(TimelineSplit split) => Splits.First(s => s.Value == split).Key;

    public static string Code(CoarseDates coarse) => CoarseDateChoices.First(s => s.Value == coarse).Key;
}

/// <summary>GET /api/v1/analytics/segments, parsed: a period (both ends required) and the filters.</summary>
public sealed record SegmentChangeRequest(IncidentQuery Filter, DateOnly From, DateOnly To)
{
    /// <summary>The period of the same length that ends the day before <see cref="From"/>.</summary>
    public (DateOnly From, DateOnly To) PreviousPeriod()
    {
        var days = To.DayNumber - From.DayNumber + 1;
        return (From.AddDays(-days), From.AddDays(-1));
    }

    public static SegmentChangeRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        var p = AnalyticsParameters.Read(parameters, AnalyticsParameters.Names());
        if (!p.Errors.Has("from") && p.Filter.From is null) p.Errors.Add("from", "is required: the first day of the period");
        if (!p.Errors.Has("to") && p.Filter.To is null) p.Errors.Add("to", "is required: the last day of the period");
        p.ThrowIfInvalid();
        return new SegmentChangeRequest(p.Filter, p.Filter.From!.Value, p.Filter.To!.Value);
    }
}
