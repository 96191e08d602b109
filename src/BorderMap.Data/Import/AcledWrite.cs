namespace BorderMap.Data.Import;

/// <summary>What writing one ACLED row did.</summary>
public enum AcledWrite
{
    Inserted,
    Updated,
    Unchanged,
    /// <summary>The incident is retracted or merged; the row changed nothing.</summary>
    Inactive,
    Retracted,
    /// <summary>No incident was imported under this event_id_cnty.</summary>
    Unknown,
}
