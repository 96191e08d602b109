namespace BorderMap.Rendering.Charts;

/// <summary>
/// One bar of a timeline: incidents counted per ACLED event type code and fatalities summed,
/// for the day, week or month starting at <paramref name="Start"/>.
/// </summary>
public sealed record TimelineBucket(DateOnly Start, IReadOnlyDictionary<string, int> CountsByEventType, int Fatalities)
{
    public int Total => CountsByEventType.Values.Sum();
}
