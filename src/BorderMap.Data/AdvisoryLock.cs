namespace BorderMap.Data;

/// <summary>
/// Every PostgreSQL advisory lock BorderMap takes, with its key. Keys are arbitrary constants that
/// every BorderMap process sharing a database must agree on; keeping them in one list keeps them distinct.
/// </summary>
public enum AdvisoryLock : long
{
    /// <summary>Migrations: processes that start together migrate once.</summary>
    Migrations = 0x426F_7264_6572_4D61, // "BorderMa"

    /// <summary>Loading the geodata files: concurrent starts load them once.</summary>
    Geodata = 0x426F_7264_6572_4764, // "BorderGd"

    /// <summary>The alert check: one runs at a time.</summary>
    AlertCheck = 0x426F_7264_6572_416C, // "BorderAl"

    /// <summary>Refreshing the per-cell counts behind clustered tiles.</summary>
    CellRefresh = 0x426F_7264_6572_436C, // "BorderCl"

    /// <summary>Report extraction: two reports of one incident never both miss each other's incident.</summary>
    ReportIngest = 0x426F_7264_6572_496E, // "BorderIn"
}
