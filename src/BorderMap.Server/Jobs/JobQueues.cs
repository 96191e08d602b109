namespace BorderMap.Server.Jobs;

/// <summary>
/// The Hangfire queues. Workers listen on all of them by default; one busy kind of work never
/// starves another because each kind has its own queue.
/// </summary>
internal static class JobQueues
{
    /// <summary>Report extraction: <see cref="ExtractReport"/>, enqueued by <c>POST /api/v1/reports</c>.</summary>
    public const string Ingest = "ingest";
    public const string Reprocess = "reprocess";
    public const string Alerts = "alerts";
    public const string Exports = "exports";

    public static readonly string[] All = [Alerts, Ingest, Reprocess, Exports, "default"];
}

/// <summary>Stable ids of the recurring jobs, so every start-up updates the same schedule instead of adding one.</summary>
internal static class RecurringJobIds
{
    public const string CheckAlerts = "check-alerts";
    public const string RefreshAggregates = "refresh-aggregates";
    public const string ReprocessStale = "reprocess-stale-incidents";
    public const string ExtractWaitingReports = "extract-waiting-reports";
}
