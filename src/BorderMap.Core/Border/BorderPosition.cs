using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Border;

/// <summary>Where a point sits relative to the Tajik–Afghan border.</summary>
public sealed record BorderPosition(
    string? Side,
    double DistanceM,
    BorderSegment Segment,
    Crossing? NearestCrossing,
    double? NearestCrossingM,
    GeoPoint NearestPointOnLine);
