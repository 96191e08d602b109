namespace BorderMap.Data.Tiles;

/// <summary>An XYZ tile address, checked: z from 0 to <see cref="MaxZoom"/>, x and y within 2^z.</summary>
public sealed record TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    /// <summary>
    /// The deepest zoom that adds detail, which TileJSON declares so clients overzoom past it: the
    /// places incidents are put at (GeoNames, 4–5 decimals: 1–10 m) and the border line (OpenStreetMap
    /// at ~10 m) are coarser than a z14 tile's unit (2.4 km / 4096 = 0.6 m at the equator), and no z14
    /// tile over the region holds more incidents than are drawn one by one. Deeper tiles are still served.
    /// </summary>
    public const int DataMaxZoom = 14;

    public override string ToString() => $"{Z}/{X}/{Y}";
}
