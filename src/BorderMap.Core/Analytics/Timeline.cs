using BorderMap.Core.Incidents;

namespace BorderMap.Core.Analytics;

/// <summary>One group's share of a bucket: an event type, a side (TJ/AF) or a segment id; "unknown" when not known.</summary>
public sealed record TimelineGroup(string Key, long Incidents, long Fatalities);

/// <summary>One day, week (from Monday) or month, from <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
public sealed record TimelineBucketTotals(DateOnly Start, DateOnly End, long Incidents, long Fatalities, IReadOnlyList<TimelineGroup> Groups);

/// <summary>A timeline with no gaps: every bucket from the first to the last, empty ones included.</summary>
public static class Timeline
{
    public const string Unknown = "unknown";

    public static DateOnly BucketStart(DateOnly date, TimePrecision interval) => interval switch
    {
        TimePrecision.Day => date,
        TimePrecision.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TimePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "unknown interval"),
    };

    public static DateOnly Next(DateOnly start, TimePrecision interval) => interval switch
    {
        TimePrecision.Day => start.AddDays(1),
        TimePrecision.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <param name="rows">Rows in bucket order, as the timeline query returns them.</param>
    /// <param name="from">The period's first day, so leading empty buckets show; null starts at the first row.</param>
    /// <param name="to">The period's last day; null ends at the last row.</param>
    public static IReadOnlyList<TimelineBucketTotals> Fill(IReadOnlyList<TimelineRow> rows, TimePrecision interval, DateOnly? from, DateOnly? to)
    {
        if (rows.Count == 0 && (from is null || to is null)) return [];
        var first = BucketStart(from ?? rows[0].Bucket, interval);
        var last = BucketStart(to ?? rows[^1].Bucket, interval);
        var byBucket = rows.GroupBy(r => r.Bucket).ToDictionary(g => g.Key, g => g.ToList());
        var buckets = new List<TimelineBucketTotals>();
        for (var start = first; start <= last; start = Next(start, interval))
        {
            var groups = byBucket.TryGetValue(start, out var found)
                ? found.Select(r => new TimelineGroup(r.Key ?? Unknown, r.Incidents, r.Fatalities)).ToList()
                : [];
            buckets.Add(new TimelineBucketTotals(start, Next(start, interval).AddDays(-1),
                groups.Sum(g => g.Incidents), groups.Sum(g => g.Fatalities), groups));
        }
        return buckets;
    }
}
