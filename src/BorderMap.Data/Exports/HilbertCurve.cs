namespace BorderMap.Data.Exports;

/// <summary>
/// Where a longitude/latitude lies along a Hilbert curve through a 2^20 × 2^20 grid over the globe
/// (cells of ~40 × 20 m at the border's latitude): points near each other on the map are mostly near
/// each other on the curve, which is the order in which an R*Tree is cheapest to fill.
/// </summary>
internal static class HilbertCurve
{
    private const int Order = 20;

    public static long Index(double lon, double lat) => Index(Cell(lon + 180, 360), Cell(lat + 90, 180), Order);

    /// <summary>The classic conversion of cell (x, y) of a 2^order square grid to its distance along the curve.</summary>
    internal static long Index(long x, long y, int order)
    {
        var n = 1L << order;
        long d = 0;
        for (var s = n >> 1; s > 0; s >>= 1)
        {
            var rx = (x & s) > 0 ? 1L : 0L;
            var ry = (y & s) > 0 ? 1L : 0L;
            d += s * s * ((3 * rx) ^ ry);
            if (ry != 0) continue;
            if (rx == 1)
            {
                x = n - 1 - x;
                y = n - 1 - y;
            }
            (x, y) = (y, x);
        }
        return d;
    }

    private static long Cell(double offset, double span) => Math.Clamp((long)(offset / span * (1L << Order)), 0, (1L << Order) - 1);
}
