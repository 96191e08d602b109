namespace BorderMap.Core.Analytics;

/// <summary>What a timeline's counts are split by.</summary>
public enum TimelineSplit
{
    None,
    EventType,
    Side,
    Segment,
}
