using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Analytics;

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
