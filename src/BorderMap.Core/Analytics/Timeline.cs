using BorderMap.Core.Incidents;

namespace BorderMap.Core.Analytics;

/// <summary>One group's share of a bucket: an event type, a side (TJ/AF) or a segment id; "unknown" when not known.</summary>
public sealed record TimelineGroup(string Key, double Incidents, double Fatalities);

/// <summary>
/// One day, week (from Monday) or month, from <see cref="Start"/> to <see cref="End"/> inclusive, of
/// which <see cref="Days"/> lie inside the requested period; <see cref="Partial"/> when not all do.
/// Counts are whole numbers except when spread.
/// </summary>
public sealed record TimelineBucketTotals(DateOnly Start, DateOnly End, double Incidents, double Fatalities, IReadOnlyList<TimelineGroup> Groups)
{
    public TimePrecision Precision { get; init; } = TimePrecision.Day;

    public int Days { get; init; }

    public bool Partial => Days < End.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// Puts incidents counted per date and time precision into day, week or month buckets, with no
/// gaps, and says which buckets the period cuts; see <see cref="CoarseDates"/> for incidents whose
/// date is known only to the week or month.
/// </summary>
public static class Timeline
{
    public const string Unknown = "unknown";

    /// <summary>How far before or after an incident's date its week or month may reach.</summary>
    public const int MaxReachDays = 31;

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

    /// <summary>The days an incident dated <paramref name="date"/> to <paramref name="precision"/> may have happened on: its day, week (Monday to Sunday) or month.</summary>
    public static (DateOnly First, DateOnly Last) Span(DateOnly date, TimePrecision precision)
    {
        var first = BucketStart(date, precision);
        return (first, Next(first, precision).AddDays(-1));
    }

    /// <param name="rows">Counts per date, precision and group, in date order, as the timeline query returns them.</param>
    /// <param name="from">The period's first day, so leading empty buckets show; null starts at the first row.</param>
    /// <param name="to">The period's last day; null ends at the last row.</param>
    public static TimelineResult Fill(IReadOnlyList<TimelineRow> rows, TimePrecision interval, DateOnly? from, DateOnly? to, CoarseDates coarse = CoarseDates.Own)
    {
        if (rows.Count == 0 && (from is null || to is null)) return new([], []);
        var periodFirst = from ?? BucketStart(rows.Min(r => Span(r.Date, r.Precision).First), interval);
        var periodLast = to ?? Next(BucketStart(rows.Max(r => Span(r.Date, r.Precision).Last), interval), interval).AddDays(-1);
        var buckets = new Tally();
        var coarser = new Tally();
        foreach (var row in rows)
        {
            var (first, last) = Span(row.Date, row.Precision);
            if (coarse == CoarseDates.Spread)
            {
                // Each day of the span takes an equal share; the days outside the period are dropped.
                var share = 1.0 / (last.DayNumber - first.DayNumber + 1);
                for (var day = Max(first, periodFirst); day <= Min(last, periodLast); day = day.AddDays(1))
                    buckets.Add((BucketStart(day, interval), interval), row.Key, row.Incidents * share, row.Fatalities * share);
            }
            else if (row.Date < periodFirst || row.Date > periodLast)
            {
                continue;
            }
            else if (BucketStart(first, interval) == BucketStart(last, interval))
            {
                buckets.Add((BucketStart(first, interval), interval), row.Key, row.Incidents, row.Fatalities);
            }
            else
            {
                coarser.Add((first, row.Precision), row.Key, row.Incidents, row.Fatalities);
            }
        }

        var filled = new List<TimelineBucketTotals>();
        for (var start = BucketStart(periodFirst, interval); start <= periodLast; start = Next(start, interval))
            filled.Add(buckets.Totals((start, interval), periodFirst, periodLast));
        var apart = coarser.Keys.Order().Select(k => coarser.Totals(k, periodFirst, periodLast)).ToList();
        return new TimelineResult(filled, apart);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Incidents and fatalities per bucket (its start and size) and group.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<(DateOnly Start, TimePrecision Size), SortedDictionary<string, (double Incidents, double Fatalities)>> _buckets = [];

        public IEnumerable<(DateOnly Start, TimePrecision Size)> Keys => _buckets.Keys;

        public void Add((DateOnly, TimePrecision) bucket, string? key, double incidents, double fatalities)
        {
            if (!_buckets.TryGetValue(bucket, out var groups)) _buckets[bucket] = groups = new(GroupOrder.Instance);
            var (i, f) = groups.GetValueOrDefault(key ?? Unknown);
            groups[key ?? Unknown] = (i + incidents, f + fatalities);
        }

        public TimelineBucketTotals Totals((DateOnly Start, TimePrecision Size) bucket, DateOnly periodFirst, DateOnly periodLast)
        {
            var end = Next(bucket.Start, bucket.Size).AddDays(-1);
            var groups = _buckets.TryGetValue(bucket, out var found)
                ? found.Select(g => new TimelineGroup(g.Key, g.Value.Incidents, g.Value.Fatalities)).ToList()
                : [];
            return new TimelineBucketTotals(bucket.Start, end, groups.Sum(g => g.Incidents), groups.Sum(g => g.Fatalities), groups)
            {
                Precision = bucket.Size,
                Days = Math.Max(0, Min(end, periodLast).DayNumber - Max(bucket.Start, periodFirst).DayNumber + 1),
            };
        }
    }

    /// <summary>Groups in ordinal order of their keys, "unknown" last, as the query used to return them.</summary>
    private sealed class GroupOrder : IComparer<string>
    {
        public static readonly GroupOrder Instance = new();

        public int Compare(string? x, string? y) =>
            (x == Unknown, y == Unknown) switch
            {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => -1,
                _ => string.CompareOrdinal(x, y),
            };
    }
}
