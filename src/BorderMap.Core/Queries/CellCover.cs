namespace BorderMap.Core.Queries;

/// <summary>A rectangle of grid cells of one level, bounds inclusive (x eastward, y southward, as tiles).</summary>
public sealed record CellBlock(int Level, int MinX, int MaxX, int MinY, int MaxY);

/// <summary>
/// How a lon/lat box lies over the Web Mercator grid of the tile cells (2^level cells across the
/// world at each level, the incident cell table's levels 6 to 15): the finest cells wholly inside
/// the box, as disjoint blocks of the coarsest cells that fit (so a large box reads a ring of cells
/// per level, not every finest cell), and the edges of the box those cells leave uncovered.
/// Counting the incidents of a box is then a sum over the blocks' cells plus a count of the points
/// in the edges only. "Wholly inside" keeps a margin against rounding, so a point whose integer cell
/// position is inside <see cref="Inner"/> is inside the box whatever the last bits of its position;
/// the points in the margin are counted from the edges.
/// </summary>
public sealed class CellCover
{
    public const int CoarsestLevel = 6;
    public const int FinestLevel = 15;
    private const double CellsAcross = 1 << FinestLevel;
    /// <summary>A fraction of a finest cell (~0.1 m): positions closer than this to the box's side do not count as inside.</summary>
    private const double Margin = 1e-4;
    /// <summary>Widens the edges towards the inner cells by ~1 cm, beyond any rounding of a cell's side.</summary>
    private const double EdgeOverlap = 1e-7;
    private const double MaxMercatorLat = 85.0511287798066;

    private CellCover(CellBlock inner, IReadOnlyList<CellBlock> blocks, IReadOnlyList<BoundingBox> edges)
    {
        Inner = inner;
        Blocks = blocks;
        Edges = edges;
    }

    /// <summary>The finest-level cells wholly inside the box.</summary>
    public CellBlock Inner { get; }

    /// <summary>Disjoint blocks of cells, coarsest first, that together are exactly <see cref="Inner"/>.</summary>
    public IReadOnlyList<CellBlock> Blocks { get; }

    /// <summary>Up to four parts of the box (west, east, north, south) that hold every point of the box outside <see cref="Inner"/>.</summary>
    public IReadOnlyList<BoundingBox> Edges { get; }

    /// <summary>The cover of this box; null when no finest cell lies wholly inside it.</summary>
    public static CellCover? Of(BoundingBox box)
    {
        var minX = (int)Math.Ceiling(CellX(box.MinLon) + Margin);
        var maxX = (int)Math.Floor(CellX(box.MaxLon) - Margin) - 1;
        var minY = (int)Math.Ceiling(CellY(box.MaxLat) + Margin);
        var maxY = (int)Math.Floor(CellY(box.MinLat) - Margin) - 1;
        if (minX > maxX || minY > maxY) return null;
        var inner = new CellBlock(FinestLevel, minX, maxX, minY, maxY);

        double west = Lon(minX), east = Lon(maxX + 1), north = Lat(minY), south = Lat(maxY + 1);
        var edges = new List<BoundingBox>(4);
        if (west > box.MinLon) edges.Add(box with { MaxLon = Math.Min(west + EdgeOverlap, box.MaxLon) });
        if (east < box.MaxLon) edges.Add(box with { MinLon = Math.Max(east - EdgeOverlap, box.MinLon) });
        if (north < box.MaxLat) edges.Add(new BoundingBox(west, Math.Max(north - EdgeOverlap, box.MinLat), east, box.MaxLat));
        if (south > box.MinLat) edges.Add(new BoundingBox(west, box.MinLat, east, Math.Min(south + EdgeOverlap, box.MaxLat)));
        return new CellCover(inner, Decompose(inner), edges);
    }

    /// <summary>
    /// At each level, the cells wholly inside the finest rectangle form a rectangle that holds the
    /// next coarser level's; the ring between the two (up to four bands) is that level's share.
    /// </summary>
    private static List<CellBlock> Decompose(CellBlock inner)
    {
        var blocks = new List<CellBlock>();
        CellBlock? coarser = null;
        for (var level = CoarsestLevel; level <= FinestLevel; level++)
        {
            var shift = FinestLevel - level;
            var size = 1 << shift;
            var x0 = CeilDiv(inner.MinX, size);
            var x1 = (inner.MaxX + 1) / size - 1;
            var y0 = CeilDiv(inner.MinY, size);
            var y1 = (inner.MaxY + 1) / size - 1;
            if (x0 > x1 || y0 > y1) continue;
            var here = new CellBlock(level, x0, x1, y0, y1);
            if (coarser is null) blocks.Add(here);
            else
            {
                // The coarser rectangle in this level's cells.
                int cx0 = coarser.MinX * 2, cx1 = coarser.MaxX * 2 + 1, cy0 = coarser.MinY * 2, cy1 = coarser.MaxY * 2 + 1;
                if (y0 < cy0) blocks.Add(here with { MaxY = cy0 - 1 });
                if (y1 > cy1) blocks.Add(here with { MinY = cy1 + 1 });
                if (x0 < cx0) blocks.Add(here with { MaxX = cx0 - 1, MinY = cy0, MaxY = cy1 });
                if (x1 > cx1) blocks.Add(here with { MinX = cx1 + 1, MinY = cy0, MaxY = cy1 });
            }
            coarser = here;
        }
        return blocks;
    }

    private static int CeilDiv(int a, int b) => (a + b - 1) / b;

    /// <summary>A longitude in finest cells from the antimeridian.</summary>
    private static double CellX(double lon) => (lon + 180) / 360 * CellsAcross;

    /// <summary>A latitude in finest cells from the north edge of Web Mercator (clamped to its reach).</summary>
    private static double CellY(double lat)
    {
        var r = Math.Clamp(lat, -MaxMercatorLat, MaxMercatorLat) * Math.PI / 180;
        return Math.Clamp((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * CellsAcross, 0, CellsAcross);
    }

    private static double Lon(int cellX) => cellX / CellsAcross * 360 - 180;

    private static double Lat(int cellY) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * cellY / CellsAcross))) * 180 / Math.PI;
}
