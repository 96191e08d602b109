using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Border;

/// <summary>A bridge or border post: the sourced anchor place and the point snapped onto the line.</summary>
public sealed record Crossing(
    string Id,
    string Name,
    string Kind,
    string? TjSide,
    string? AfSide,
    string? SegmentId,
    GeoPoint Source,
    GeoPoint OnBorder,
    double SnapDistanceM,
    string? Note,
    string Citation);
