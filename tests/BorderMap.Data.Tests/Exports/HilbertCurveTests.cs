using BorderMap.Data.Exports;

namespace BorderMap.Data.Tests.Exports;

public sealed class HilbertCurveTests
{
    [Fact]
    public void Every_cell_has_its_own_index_and_consecutive_indexes_are_neighbouring_cells()
    {
        const int order = 5;
        const int side = 1 << order;
        var cells = new (long X, long Y)?[side * side];
        for (var x = 0; x < side; x++)
            for (var y = 0; y < side; y++)
            {
                var d = HilbertCurve.Index(x, y, order);
                Assert.Null(cells[d]);
                cells[d] = (x, y);
            }

        for (var d = 1; d < cells.Length; d++)
        {
            var (a, b) = (cells[d - 1]!.Value, cells[d]!.Value);
            Assert.True(Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y) == 1, $"index {d - 1} at {a}, {d} at {b}");
        }
    }

    [Theory]
    [InlineData(-180, -90)]
    [InlineData(180, 90)]
    [InlineData(71.55, 37.49)]
    public void Any_longitude_and_latitude_lie_on_the_curve(double lon, double lat) =>
        Assert.InRange(HilbertCurve.Index(lon, lat), 0, (1L << 40) - 1);
}
