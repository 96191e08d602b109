using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Analytics;

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
