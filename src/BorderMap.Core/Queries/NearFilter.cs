using BorderMap.Core.Incidents;

namespace BorderMap.Core.Queries;

/// <summary>Incidents within <see cref="RadiusM"/> metres (geodesic) of a point.</summary>
public sealed record NearFilter(GeoPoint Center, double RadiusM)
{
    public const double MaxRadiusKm = 500;

    /// <summary>
    /// A lon/lat box that certainly holds the circle, so the GiST index can pre-filter before the
    /// exact geodesic test. A degree of longitude is shortest at the circle's pole-most latitude.
    /// </summary>
    public BoundingBox Envelope()
    {
        const double metresPerDegreeLat = 110_574; // the smallest value, at the equator
        var dLat = RadiusM / metresPerDegreeLat;
        var poleward = Math.Min(89.9, Math.Abs(Center.Lat) + dLat);
        var dLon = Math.Min(180, RadiusM / (111_320 * Math.Cos(poleward * Math.PI / 180)));
        return new BoundingBox(
            Math.Max(-180, Center.Lon - dLon), Math.Max(-90, Center.Lat - dLat),
            Math.Min(180, Center.Lon + dLon), Math.Min(90, Center.Lat + dLat));
    }
}
