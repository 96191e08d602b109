using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Projections;

/// <summary>
/// EPSG:3857 (Web Mercator): the spherical Mercator of web maps and of Mapsui, using the WGS84
/// semi-major axis as the sphere's radius but applied to WGS84 (ellipsoidal) latitudes.
/// </summary>
public static class SphericalMercator
{
    public const double Radius = 6378137.0;

    /// <summary>The latitude at which the projected world becomes a square; beyond it y is clamped.</summary>
    public const double MaxLatitude = 85.05112877980659;

    private const double WgsEccentricitySquared = 0.00669437999014;

    public static (double X, double Y) FromLonLat(double lon, double lat)
    {
        var clamped = Math.Clamp(lat, -MaxLatitude, MaxLatitude);
        var x = Radius * DegreesToRadians(lon);
        var y = Radius * Math.Log(Math.Tan(Math.PI / 4 + DegreesToRadians(clamped) / 2));
        return (x, y);
    }

    public static (double Lon, double Lat) ToLonLat(double x, double y)
    {
        var lon = RadiansToDegrees(x / Radius);
        var lat = RadiansToDegrees(2 * Math.Atan(Math.Exp(y / Radius)) - Math.PI / 2);
        return (lon, lat);
    }

    /// <summary>A projected copy of a lon/lat geometry; the input is left untouched.</summary>
    public static Geometry FromLonLat(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var projected = lonLat.Copy();
        projected.Apply(new ProjectingFilter());
        projected.SRID = 3857;
        return projected;
    }

    /// <summary>
    /// Ground metres per projected metre in the east–west direction at a latitude. Web Mercator
    /// stretches a parallel by sec φ on the sphere, but the ground under it is the WGS84 ellipsoid,
    /// whose parallel has radius N(φ)·cos φ; so the factor is cos φ / √(1 − e² sin² φ), not cos φ.
    /// Web Mercator is not conformal on the ellipsoid, so this holds east–west only: scale bars
    /// are drawn horizontally for that reason.
    /// </summary>
    public static double GroundScaleEastWest(double lat)
    {
        var phi = DegreesToRadians(lat);
        var sin = Math.Sin(phi);
        return Math.Cos(phi) / Math.Sqrt(1 - WgsEccentricitySquared * sin * sin);
    }

    internal static double DegreesToRadians(double degrees) => degrees * Math.PI / 180.0;

    internal static double RadiansToDegrees(double radians) => radians * 180.0 / Math.PI;

    private sealed class ProjectingFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = FromLonLat(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
