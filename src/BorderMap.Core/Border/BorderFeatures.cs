using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Border;

/// <summary>A named stretch of the border, facing one TJ and one AF district, ordered west to east.</summary>
public sealed record BorderSegment(
    string Id,
    int Ordinal,
    string Name,
    string? TjAdmin2Code,
    string? TjAdmin2Name,
    string? AfAdmin2Code,
    string? AfAdmin2Name,
    double FromM,
    double ToM,
    double LengthM,
    LineString Geometry);

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

/// <summary>A country's land polygon, clipped to the region; <see cref="Role"/> is "border" (TJ, AF) or "context".</summary>
public sealed record CountryShape(string Code, string Name, string Role, string Source, MultiPolygon Geometry);

/// <summary>Where a point sits relative to the Tajik–Afghan border.</summary>
public sealed record BorderPosition(
    string? Side,
    double DistanceM,
    BorderSegment Segment,
    Crossing? NearestCrossing,
    double? NearestCrossingM,
    GeoPoint NearestPointOnLine);
