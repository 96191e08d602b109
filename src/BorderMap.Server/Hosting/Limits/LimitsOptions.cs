namespace BorderMap.Server.Hosting.Limits;

/// <summary>
/// Configuration section "Limits": what one request may cost the server. Every value is documented,
/// with its default, in README.md ("Limits").
/// </summary>
internal sealed class LimitsOptions
{
    /// <summary>
    /// The most incidents one HTTP export may hold. A larger selection is refused (422) before a
    /// byte of the file is sent. At ~15 s of server time for a GeoPackage of this size it is about
    /// ten times what the real border data is expected to hold; `bordermap export` has no cap.
    /// </summary>
    public int ExportMaxRows { get; set; } = 250_000;

    /// <summary>
    /// OGC items count numberMatched up to this many matches; beyond it numberMatched is left out
    /// (OGC API – Features makes it a recommendation) so that one page never pays for counting the
    /// whole table. 100,000 matches count in about 70 ms.
    /// </summary>
    public int NumberMatchedMax { get; set; } = 100_000;

    /// <summary>
    /// A CQL2-filtered OGC page counts numberMatched only when its bbox (and event type, country and
    /// geo precision) hold at most this many incidents: the filter is tested on each of them, ~1 ms
    /// per thousand, where the page itself takes ~1–2 ms. Beyond it numberMatched is left out.
    /// </summary>
    public int NumberMatchedFilteredRowsMax { get; set; } = 5_000;

    /// <summary>Heatmaps, hotspots and rendered maps: KDE and Gi* over every matching incident.</summary>
    public AnalyticsLimitsOptions Analytics { get; set; } = new() { Queue = 100 };

    /// <summary>File exports: each streams for seconds and holds a database connection meanwhile.</summary>
    public HeavyRequestOptions Exports { get; set; } = new() { Queue = 10 };

    public bool IsValid() => ExportMaxRows > 0 && NumberMatchedMax > 0 && NumberMatchedFilteredRowsMax >= 0 && Analytics.IsValid() && Exports.IsValid();
}

/// <summary>
/// A class of heavy requests: at most <see cref="Concurrent"/> run at once and up to
/// <see cref="Queue"/> more wait their turn (oldest first); beyond that, 503 with Retry-After.
/// </summary>
internal class HeavyRequestOptions
{
    /// <summary>Default: half the processors (at least one), so light requests (tiles, lists, items) always find a core.</summary>
    public int Concurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    public int Queue { get; set; }

    /// <summary>What a refused client is told to wait before it tries again.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public virtual bool IsValid() => Concurrent > 0 && Queue >= 0 && RetryAfterSeconds > 0;
}

/// <summary>
/// Heatmaps, hot spots and rendered maps: besides their turn in the queue, what one of them may cost
/// (<see cref="BorderMap.Core.Analytics.AnalyticsBudget"/>) and how long it may run.
/// </summary>
internal sealed class AnalyticsLimitsOptions : HeavyRequestOptions
{
    /// <summary>
    /// Incidents × the cells each one's kernel reaches. The kernel stamps about 2·10⁹ cells a second
    /// on one core here (bench/RESULTS.md), so the default is a few seconds of both cores; the
    /// default heatmap (10 km over the region, 1,024 columns) of 1,000,000 incidents costs 7·10⁸.
    /// </summary>
    public double MaxKernelCells { get; set; } = 1e10;

    /// <summary>Hexagons × the seven of each Gi* neighbourhood: 700,000 is 100,000 hexagons, a GeoJSON answer of about 40 MB.</summary>
    public double MaxHexagonPairs { get; set; } = 700_000;

    /// <summary>The longest one such request may run once its turn came; then it is stopped and answered 503.</summary>
    public int MaxSeconds { get; set; } = 30;

    public BorderMap.Core.Analytics.AnalyticsBudget Budget => new(MaxKernelCells, MaxHexagonPairs);

    public override bool IsValid() => base.IsValid() && MaxKernelCells > 0 && MaxHexagonPairs > 0 && MaxSeconds > 0;
}
