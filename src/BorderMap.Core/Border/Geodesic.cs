using BorderMap.Core.Incidents;

namespace BorderMap.Core.Border;

/// <summary>
/// Distances on the WGS 84 ellipsoid (Vincenty's inverse formula), so that figures agree with
/// PostGIS <c>geography</c> to well under a metre at border scales.
/// </summary>
public static class Geodesic
{
    private const double A = 6_378_137.0;
    private const double F = 1 / 298.257223563;
    private const double B = A * (1 - F);
    private const double MeanRadius = 6_371_008.8;

    public static double DistanceM(GeoPoint p, GeoPoint q)
    {
        if (p == q) return 0;
        var l = ToRadians(q.Lon - p.Lon);
        var u1 = Math.Atan((1 - F) * Math.Tan(ToRadians(p.Lat)));
        var u2 = Math.Atan((1 - F) * Math.Tan(ToRadians(q.Lat)));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);

        double lambda = l, sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
            if (sinSigma == 0) return 0;
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            var c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            var previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            // Nearly antipodal points do not converge; nothing near one border is that far apart.
            if (Math.Abs(lambda - previous) < 1e-12 || ++iterations > 200) break;
        }

        var uSquared = cos2Alpha * (A * A - B * B) / (B * B);
        var bigA = 1 + uSquared / 16384 * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)));
        var bigB = uSquared / 1024 * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
            - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma);
    }

    /// <summary>
    /// A distance <see cref="DistanceM"/> never goes below, at a fraction of its cost: the
    /// great-circle distance on the mean sphere, less 1 %. At the same latitude and longitude a
    /// length on the sphere is at most R / M = 1.0056 times the length on the ellipsoid (M, the
    /// smallest radius of curvature: 6,335 km, meridional at the equator), so the image of the
    /// geodesic, and with it the great circle, is at most 0.56 % longer than the geodesic.
    /// </summary>
    public static double LowerBoundM(GeoPoint p, GeoPoint q)
    {
        var sinLat = Math.Sin(ToRadians(q.Lat - p.Lat) / 2);
        var sinLon = Math.Sin(ToRadians(q.Lon - p.Lon) / 2);
        var h = sinLat * sinLat + Math.Cos(ToRadians(p.Lat)) * Math.Cos(ToRadians(q.Lat)) * sinLon * sinLon;
        return 0.99 * 2 * MeanRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The geodesic length of a lon/lat line, vertex to vertex.</summary>
    public static double LengthM(NetTopologySuite.Geometries.LineString line)
    {
        var length = 0.0;
        for (var i = 1; i < line.NumPoints; i++)
        {
            var a = line.GetCoordinateN(i - 1);
            var b = line.GetCoordinateN(i);
            length += DistanceM(new GeoPoint(a.X, a.Y), new GeoPoint(b.X, b.Y));
        }
        return length;
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
