using NetTopologySuite.Geometries;

namespace BorderMap.Core.Border;

/// <summary>A country's land polygon, clipped to the region; <see cref="Role"/> is "border" (TJ, AF) or "context".</summary>
public sealed record CountryShape(string Code, string Name, string Role, string Source, MultiPolygon Geometry);
