using BorderMap.Core.Queries;

namespace BorderMap.Core.Tests.Queries;

/// <summary>
/// A box's cover must split it exactly: the blocks are disjoint and make up the inner cells, every
/// inner cell lies inside the box, and every point of the box outside the inner cells lies in an edge.
/// </summary>
public sealed class CellCoverTests
{
    private const double CellsAcross = 1 << CellCover.FinestLevel;

    public static TheoryData<double, double, double, double> Boxes => new()
    {
        { 68.757, 36.649, 68.957, 36.809 },  // the peer harness's Kunduz box
        { 67.3, 36.4, 75.0, 38.6 },          // the whole study area
        { -180, -90, 180, 90 },              // the world, beyond Web Mercator's reach
        { 70.0, 37.0, 70.02, 37.02 },        // two cells across
        { 0, 0, 90, 66.51326044311186 },     // sides on cell boundaries of every level
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void The_blocks_are_disjoint_and_make_up_the_inner_cells(double w, double s, double e, double n)
    {
        var cover = CellCover.Of(new BoundingBox(w, s, e, n))!;
        var inner = cover.Inner;
        long area = 0;
        var finest = cover.Blocks.Select(b => (b, scale: 1 << (CellCover.FinestLevel - b.Level)))
            .Select(t => new CellBlock(CellCover.FinestLevel, t.b.MinX * t.scale, (t.b.MaxX + 1) * t.scale - 1, t.b.MinY * t.scale, (t.b.MaxY + 1) * t.scale - 1))
            .ToList();
        foreach (var b in finest)
        {
            Assert.True(b.MinX >= inner.MinX && b.MaxX <= inner.MaxX && b.MinY >= inner.MinY && b.MaxY <= inner.MaxY, $"{b} leaves {inner}");
            area += (long)(b.MaxX - b.MinX + 1) * (b.MaxY - b.MinY + 1);
        }
        for (var i = 0; i < finest.Count; i++)
        for (var j = i + 1; j < finest.Count; j++)
            Assert.False(Overlap(finest[i], finest[j]), $"{cover.Blocks[i]} overlaps {cover.Blocks[j]}");
        Assert.Equal((long)(inner.MaxX - inner.MinX + 1) * (inner.MaxY - inner.MinY + 1), area);
        Assert.True(cover.Blocks.Count <= 4 * (CellCover.FinestLevel - CellCover.CoarsestLevel) + 1);
    }

    [Fact]
    public void A_large_box_reads_rings_of_coarse_cells_rather_than_every_finest_cell()
    {
        var cover = CellCover.Of(new BoundingBox(67.3, 36.4, 75.0, 38.6))!;
        var finestCells = (long)(cover.Inner.MaxX - cover.Inner.MinX + 1) * (cover.Inner.MaxY - cover.Inner.MinY + 1);
        var blockCells = cover.Blocks.Sum(b => (long)(b.MaxX - b.MinX + 1) * (b.MaxY - b.MinY + 1));
        Assert.True(finestCells > 100_000 && blockCells < finestCells / 20, $"{blockCells} cells read for {finestCells} finest cells");
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void Every_point_of_the_box_is_in_an_inner_cell_or_an_edge_and_inner_cells_stay_inside(double w, double s, double e, double n)
    {
        var box = new BoundingBox(w, s, e, n);
        var cover = CellCover.Of(box)!;
        var random = new Random(7);
        var sides = new[] { w, e, Lon(cover.Inner.MinX), Lon(cover.Inner.MaxX + 1) };
        var lats = new[] { s, n, Lat(cover.Inner.MinY), Lat(cover.Inner.MaxY + 1) };
        for (var i = 0; i < 20_000; i++)
        {
            // Half of the points on or next to a side of the box or of the inner cells, where rounding decides.
            var lon = i % 2 == 0 ? Near(sides[random.Next(4)], random) : w + random.NextDouble() * (e - w);
            var lat = i % 4 < 2 ? Near(lats[random.Next(4)], random) : s + random.NextDouble() * (n - s);
            var inBox = lon >= w && lon <= e && lat >= s && lat <= n;
            var cell = Cell(lon, lat);
            var inInner = cell is var (x, y) && x >= cover.Inner.MinX && x <= cover.Inner.MaxX && y >= cover.Inner.MinY && y <= cover.Inner.MaxY;
            if (inInner) Assert.True(inBox, $"({lon:R}, {lat:R}) is in an inner cell but not in the box");
            else if (inBox)
                Assert.True(cover.Edges.Any(g => lon >= g.MinLon && lon <= g.MaxLon && lat >= g.MinLat && lat <= g.MaxLat),
                    $"({lon:R}, {lat:R}) is in the box, not in an inner cell, and in no edge");
        }
    }

    [Fact]
    public void A_box_narrower_than_a_cell_has_no_cover()
    {
        Assert.Null(CellCover.Of(new BoundingBox(70.0, 37.0, 70.005, 37.5)));
        Assert.Null(CellCover.Of(new BoundingBox(70.0, 37.0, 70.5, 37.005)));
    }

    private static double Near(double value, Random random) => random.Next(3) switch
    {
        0 => value,
        1 => Math.BitIncrement(value),
        _ => Math.BitDecrement(value),
    } + (random.Next(2) == 0 ? 0 : (random.NextDouble() - 0.5) * 1e-6);

    private static bool Overlap(CellBlock a, CellBlock b) =>
        a.MinX <= b.MaxX && b.MinX <= a.MaxX && a.MinY <= b.MaxY && b.MinY <= a.MaxY;

    /// <summary>The point's finest cell as V0011's mercator_x / mercator_y compute it; null where it has no position.</summary>
    private static (long X, long Y)? Cell(double lon, double lat)
    {
        if (Math.Abs(lat) >= 85.0511287798066 || lon >= 180) return null;
        var r = lat * Math.PI / 180;
        var x = (long)Math.Floor((lon + 180) / 360 * 17179869184);
        var y = (long)Math.Floor((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * 17179869184);
        return (x >> 19, y >> 19);
    }

    private static double Lon(int cellX) => cellX / CellsAcross * 360 - 180;

    private static double Lat(int cellY) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * cellY / CellsAcross))) * 180 / Math.PI;
}
