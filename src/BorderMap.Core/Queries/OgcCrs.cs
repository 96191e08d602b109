namespace BorderMap.Core.Queries;

/// <summary>
/// A coordinate reference system BorderMap offers through OGC API – Features Part 2, by its OGC URI.
/// <see cref="LatitudeFirst"/> is the axis order the CRS defines: EPSG:4326 is latitude, longitude;
/// CRS84 is the same datum in longitude, latitude order.
/// </summary>
public sealed record OgcCrs(string Uri, int Srid, bool LatitudeFirst, bool Geographic)
{
    public static readonly OgcCrs Crs84 = new("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, LatitudeFirst: false, Geographic: true);
    public static readonly OgcCrs Epsg4326 = new("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, LatitudeFirst: true, Geographic: true);
    public static readonly OgcCrs Epsg3857 = new("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, LatitudeFirst: false, Geographic: false);

    /// <summary>Where every geometry is stored (<c>storageCrs</c>): points in lon/lat.</summary>
    public static OgcCrs Storage => Crs84;

    public static IReadOnlyList<OgcCrs> Offered { get; } = [Crs84, Epsg4326, Epsg3857];

    /// <summary>Half the width of the Web Mercator world in metres.</summary>
    public const double MercatorLimit = 20037508.342789244;

    /// <summary>Finds an offered CRS by its URI (also in safe-CURIE form, <c>[EPSG:4326]</c>); null when not offered.</summary>
    public static OgcCrs? Find(string text)
    {
        var key = text.Trim();
        if (key.StartsWith('[') && key.EndsWith(']'))
            key = key[1..^1] switch
            {
                "OGC:CRS84" => Crs84.Uri,
                "EPSG:4326" => Epsg4326.Uri,
                "EPSG:3857" => Epsg3857.Uri,
                _ => key,
            };
        key = key.Replace("https://", "http://", StringComparison.OrdinalIgnoreCase);
        return Offered.FirstOrDefault(c => string.Equals(c.Uri, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The number of decimals that keeps about a centimetre: 7 for degrees, 2 for metres.</summary>
    public int Decimals => Geographic ? 7 : 2;
}
