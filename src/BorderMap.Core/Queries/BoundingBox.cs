using System.Globalization;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Queries;

/// <summary>A lon/lat box in RFC 7946 order: four finite numbers, min ≤ max, within WGS 84's range.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Parses "minLon,minLat,maxLon,maxLat"; returns null and an error message when it is not one.</summary>
    public static BoundingBox? TryParse(string text, out string? error)
    {
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            error = "must be four numbers: minLon,minLat,maxLon,maxLat";
            return null;
        }
        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                error = $"value {i + 1} ('{Clip(parts[i])}') is not a finite number";
                return null;
            }
        }
        var box = new BoundingBox(values[0], values[1], values[2], values[3]);
        error = box.Problem();
        return error is null ? box : null;
    }

    private string? Problem()
    {
        if (!GeoPoint.IsValidLongitude(MinLon) || !GeoPoint.IsValidLongitude(MaxLon)) return "longitudes must be in [-180, 180]";
        if (!GeoPoint.IsValidLatitude(MinLat) || !GeoPoint.IsValidLatitude(MaxLat)) return "latitudes must be in [-90, 90]";
        if (MinLon > MaxLon) return "minLon is greater than maxLon";
        if (MinLat > MaxLat) return "minLat is greater than maxLat";
        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinLon},{MinLat},{MaxLon},{MaxLat}");

    private static string Clip(string s) => s.Length <= 30 ? s : s[..30] + "…";
}
