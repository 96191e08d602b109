namespace BorderMap.Rendering.Projections;

/// <summary>
/// Transverse Mercator on the WGS84 ellipsoid, using Krüger's series to third order in n
/// (as in the UTM standard and Karney 2011): sub-millimetre within a UTM zone, which is all the
/// heatmap resampling needs. The heatmap grids are computed in UTM 42N (EPSG:32642) because its
/// metres are true metres along the whole border, unlike Web Mercator's.
/// </summary>
public sealed class TransverseMercator
{
    private const double SemiMajorAxis = 6378137.0;
    private const double Flattening = 1 / 298.257223563;

    private static readonly double s_n = Flattening / (2 - Flattening);
    private static readonly double s_rectifyingRadius =
        SemiMajorAxis / (1 + s_n) * (1 + s_n * s_n / 4 + s_n * s_n * s_n * s_n / 64);

    private static readonly double[] s_alpha =
    [
        s_n / 2 - 2 * s_n * s_n / 3 + 5 * s_n * s_n * s_n / 16,
        13 * s_n * s_n / 48 - 3 * s_n * s_n * s_n / 5,
        61 * s_n * s_n * s_n / 240,
    ];

    private static readonly double[] s_beta =
    [
        s_n / 2 - 2 * s_n * s_n / 3 + 37 * s_n * s_n * s_n / 96,
        s_n * s_n / 48 + s_n * s_n * s_n / 15,
        17 * s_n * s_n * s_n / 480,
    ];

    private static readonly double[] s_delta =
    [
        2 * s_n - 2 * s_n * s_n / 3 - 2 * s_n * s_n * s_n,
        7 * s_n * s_n / 3 - 8 * s_n * s_n * s_n / 5,
        56 * s_n * s_n * s_n / 15,
    ];

    private readonly double _centralMeridian;
    private readonly double _scale;
    private readonly double _falseEasting;
    private readonly double _falseNorthing;

    public TransverseMercator(double centralMeridian, double scale, double falseEasting, double falseNorthing)
    {
        _centralMeridian = centralMeridian;
        _scale = scale;
        _falseEasting = falseEasting;
        _falseNorthing = falseNorthing;
    }

    /// <summary>UTM zone 42 north (EPSG:32642), central meridian 69°E: the zone the border lies in.</summary>
    public static TransverseMercator Utm42N { get; } = new(69.0, 0.9996, 500_000.0, 0.0);

    public (double Easting, double Northing) FromLonLat(double lon, double lat)
    {
        var phi = SphericalMercator.DegreesToRadians(lat);
        var dLambda = SphericalMercator.DegreesToRadians(lon - _centralMeridian);
        var k = 2 * Math.Sqrt(s_n) / (1 + s_n);
        var sinPhi = Math.Sin(phi);
        var t = Math.Sinh(Math.Atanh(sinPhi) - k * Math.Atanh(k * sinPhi));
        var xiPrime = Math.Atan2(t, Math.Cos(dLambda));
        var etaPrime = Math.Atanh(Math.Sin(dLambda) / Math.Sqrt(1 + t * t));

        double xi = xiPrime, eta = etaPrime;
        for (var j = 1; j <= 3; j++)
        {
            xi += s_alpha[j - 1] * Math.Sin(2 * j * xiPrime) * Math.Cosh(2 * j * etaPrime);
            eta += s_alpha[j - 1] * Math.Cos(2 * j * xiPrime) * Math.Sinh(2 * j * etaPrime);
        }

        return (_falseEasting + _scale * s_rectifyingRadius * eta, _falseNorthing + _scale * s_rectifyingRadius * xi);
    }

    public (double Lon, double Lat) ToLonLat(double easting, double northing)
    {
        var xi = (northing - _falseNorthing) / (_scale * s_rectifyingRadius);
        var eta = (easting - _falseEasting) / (_scale * s_rectifyingRadius);

        double xiPrime = xi, etaPrime = eta;
        for (var j = 1; j <= 3; j++)
        {
            xiPrime -= s_beta[j - 1] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
            etaPrime -= s_beta[j - 1] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
        }

        var chi = Math.Asin(Math.Sin(xiPrime) / Math.Cosh(etaPrime));
        var phi = chi;
        for (var j = 1; j <= 3; j++)
        {
            phi += s_delta[j - 1] * Math.Sin(2 * j * chi);
        }

        var lambda = Math.Atan2(Math.Sinh(etaPrime), Math.Cos(xiPrime));
        return (_centralMeridian + SphericalMercator.RadiansToDegrees(lambda), SphericalMercator.RadiansToDegrees(phi));
    }
}
