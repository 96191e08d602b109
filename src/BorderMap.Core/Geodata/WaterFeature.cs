using NetTopologySuite.Geometries;

namespace BorderMap.Core.Geodata;

/// <summary>
/// A lake (polygon) or a piece of a river or canal (line) of geodata/water.geojson, drawn on the
/// basemap only: GSHHG names no river, and nothing is geocoded against these.
/// </summary>
/// <param name="Kind"><c>lake</c>, <c>river</c> or <c>canal</c>.</param>
/// <param name="Class">GSHHG's river class (1 permanent major river … 4 minor river, 8–10 canals); null for a lake.</param>
public sealed record WaterFeature(string Kind, int? Class, Geometry Geometry);
