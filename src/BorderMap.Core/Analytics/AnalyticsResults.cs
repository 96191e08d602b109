using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Analytics;

/// <summary>A rectangle in UTM 42N metres.</summary>
public sealed record MetricExtent(double MinX, double MinY, double MaxX, double MaxY)
{
    public double Area => (MaxX - MinX) * (MaxY - MinY);

    public MetricExtent Grow(double by) => new(MinX - by, MinY - by, MaxX + by, MaxY + by);
}

/// <summary>A kernel density grid in UTM 42N with the number of incidents it sums.</summary>
public sealed record Heatmap(KdeGrid Grid, double[] Values, int Incidents, KdeOptions Kde, bool WeightedByFatalities)
{
    public const int Epsg = 32642;

    /// <summary>Whether any incident summed is synthetic (benchmark data): every output of it says so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>How long reading the points from PostGIS took, waits for the sum excluded (for the Server-Timing header and benchmarks).</summary>
    public TimeSpan ReadTime { get; init; }

    /// <summary>How long the kernel sum took.</summary>
    public TimeSpan SumTime { get; init; }

    /// <summary>How long reading stood still waiting for the sum (to take a chunk, or to finish after the last one).</summary>
    public TimeSpan SumWaitTime { get; init; }

    public double Max => Values.Length == 0 ? 0 : Values.Max();
}

/// <summary>
/// One hexagon of a hotspot analysis: its counts in the period, whether any incident of any date
/// or type lies in it (<see cref="Observed"/>, the default study area) and its Gi* statistic.
/// </summary>
public sealed record HexBin(long I, long J, double CentreX, double CentreY, long Incidents, long Fatalities, bool Observed, Polygon Hexagon)
{
    public GiStar Gi { get; init; }
}

/// <summary>Incidents and fatalities of one date, time precision and group (event type, side or segment; null when not split or unknown).</summary>
public sealed record TimelineRow(DateOnly Date, TimePrecision Precision, string? Key, long Incidents, long Fatalities);

/// <summary>A border segment's counts in a period and in the period of the same length before it.</summary>
public sealed record SegmentChange(string Id, int Ordinal, string Name, double LengthM, LineString Geometry,
    long Incidents, long Fatalities, long PreviousIncidents, long PreviousFatalities)
{
    public long Change => Incidents - PreviousIncidents;

    /// <summary>The change as a fraction of the previous count; null when the previous period had none.</summary>
    public double? ChangeRatio => PreviousIncidents == 0 ? null : (double)Change / PreviousIncidents;
}
