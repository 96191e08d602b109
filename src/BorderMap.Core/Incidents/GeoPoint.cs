namespace BorderMap.Core.Incidents;

/// <summary>A WGS 84 position in RFC 7946 order (longitude, latitude), always finite and in range.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double lon, double lat)
    {
        if (!IsValidLongitude(lon)) throw new ArgumentOutOfRangeException(nameof(lon), lon, "longitude must be a finite number in [-180, 180]");
        if (!IsValidLatitude(lat)) throw new ArgumentOutOfRangeException(nameof(lat), lat, "latitude must be a finite number in [-90, 90]");
        Lon = lon;
        Lat = lat;
    }

    public double Lon { get; }
    public double Lat { get; }

    public static bool IsValidLongitude(double lon) => double.IsFinite(lon) && lon is >= -180 and <= 180;
    public static bool IsValidLatitude(double lat) => double.IsFinite(lat) && lat is >= -90 and <= 90;
}
