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
