namespace BorderMap.Data.Routing;

/// <summary>What the last probe of a replica found.</summary>
public enum ReplicaHealth
{
    /// <summary>Not probed yet: no reads go there.</summary>
    Unknown,

    /// <summary>Answers, is a standby and is within the lag bound: reads may go there.</summary>
    Streaming,

    /// <summary>Answers but is further behind than the bound allows.</summary>
    Lagging,

    /// <summary>Does not answer (or not within the probe's time).</summary>
    Down,

    /// <summary>Answers but is not in recovery (promoted, or a primary named by mistake): it may diverge.</summary>
    NotAStandby,
}
