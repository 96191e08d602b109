namespace BorderMap.Core.Analytics;

/// <summary>
/// A timeline: every bucket of the interval from the first to the last, empty ones included, and
/// (counting <see cref="CoarseDates.Own"/>) the buckets of incidents known less exactly than the interval.
/// </summary>
public sealed record TimelineResult(IReadOnlyList<TimelineBucketTotals> Buckets, IReadOnlyList<TimelineBucketTotals> Coarser)
{
    public double Incidents => Buckets.Sum(b => b.Incidents) + Coarser.Sum(b => b.Incidents);

    public double Fatalities => Buckets.Sum(b => b.Fatalities) + Coarser.Sum(b => b.Fatalities);
}
