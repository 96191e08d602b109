using BorderMap.Core.Analytics;

namespace BorderMap.Core.Tests.Analytics;

public sealed class KernelDensityTests
{
    /// <summary>
    /// The kernels written out from their definitions (Wand and Jones 1995, as QGIS documents them),
    /// independently of the code under test: u = d / r, zero beyond the radius.
    /// </summary>
    internal static double Reference(string kernel, bool scaled, double d, double r)
    {
        if (d > r) return 0;
        var u = d / r;
        var (raw, integral) = kernel switch
        {
            "quartic" => (Math.Pow(1 - u * u, 2), Math.PI * r * r / 3),
            "triweight" => (Math.Pow(1 - u * u, 3), Math.PI * r * r / 4),
            "epanechnikov" => (1 - u * u, Math.PI * r * r / 2),
            "triangular" => (1 - u, Math.PI * r * r / 3),
            "uniform" => (1.0, Math.PI * r * r),
            _ => throw new ArgumentException(kernel),
        };
        return scaled ? raw / integral : raw;
    }

    internal static double[] BruteForce(KdeGrid grid, IReadOnlyList<(double X, double Y, double W)> points, string kernel, bool scaled, double r)
    {
        var values = new double[grid.Columns * grid.Rows];
        for (var row = 0; row < grid.Rows; row++)
        {
            var cy = grid.MaxY - (row + 0.5) * grid.CellHeight;
            for (var col = 0; col < grid.Columns; col++)
            {
                var cx = grid.MinX + (col + 0.5) * grid.CellWidth;
                double sum = 0;
                foreach (var (x, y, w) in points)
                    sum += w * Reference(kernel, scaled, Math.Sqrt((cx - x) * (cx - x) + (cy - y) * (cy - y)), r);
                values[row * grid.Columns + col] = sum;
            }
        }
        return values;
    }

    internal static double MaxRelativeError(double[] actual, double[] expected)
    {
        Assert.Equal(expected.Length, actual.Length);
        var scale = expected.Max();
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            // A cell the reference leaves empty must stay (numerically) empty.
            var denominator = Math.Max(Math.Abs(expected[i]), 1e-9 * scale);
            worst = Math.Max(worst, Math.Abs(actual[i] - expected[i]) / denominator);
        }
        return worst;
    }

    private static List<(double X, double Y, double W)> RandomPoints(int count, int seed, bool weighted)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => (500_000 + random.NextDouble() * 40_000, 4_150_000 + random.NextDouble() * 25_000, weighted ? random.Next(0, 6) : 1.0))
            .ToList();
    }

    [Theory]
    [InlineData("quartic", false, false)]
    [InlineData("quartic", true, true)]
    [InlineData("triangular", false, false)]
    [InlineData("triangular", true, false)]
    [InlineData("uniform", false, true)]
    [InlineData("uniform", true, false)]
    [InlineData("triweight", true, false)]
    [InlineData("epanechnikov", false, true)]
    [InlineData("epanechnikov", true, false)]
    public void The_grid_matches_the_kernel_sum_at_every_cell_centre(string kernel, bool scaled, bool weighted)
    {
        var points = RandomPoints(300, seed: kernel.Length + (scaled ? 100 : 0), weighted);
        const double radius = 3_700;
        var kdePoints = new KdePoints();
        foreach (var (x, y, w) in points) kdePoints.Add(x, y, w);
        var e = kdePoints.Extent()!.Value;
        var grid = KdeGrid.AroundPoints(e.MinX, e.MinY, e.MaxX, e.MaxY, radius, 450);

        var options = new KdeOptions(radius, Kernels.Names[kernel], scaled ? KernelOutput.Scaled : KernelOutput.Raw);
        var actual = KernelDensity.Compute(grid, kdePoints, options);

        var expected = BruteForce(grid, points, kernel, scaled, radius);
        Assert.True(expected.Max() > 0);
        Assert.InRange(MaxRelativeError(actual, expected), 0, 1e-6);
    }

    [Fact]
    public void Rectangular_cells_are_summed_at_their_own_centres()
    {
        var points = RandomPoints(200, seed: 7, weighted: false);
        var kdePoints = new KdePoints();
        foreach (var (x, y, w) in points) kdePoints.Add(x, y, w);
        var grid = KdeGrid.Fitting(505_000, 4_152_000, 530_000, 4_170_000, columns: 97, rows: 211);

        var actual = KernelDensity.Compute(grid, kdePoints, new KdeOptions(2_500));

        Assert.InRange(MaxRelativeError(actual, BruteForce(grid, points, "quartic", false, 2_500)), 0, 1e-6);
    }

    [Fact]
    public void The_grid_around_points_follows_QGIS_extent_grown_by_the_radius_plus_one_cell()
    {
        var grid = KdeGrid.AroundPoints(1_000, 2_000, 11_000, 7_000, radius: 1_000, pixel: 300);

        Assert.Equal(0, grid.MinX);
        Assert.Equal(8_000, grid.MaxY);
        Assert.Equal((int)Math.Ceiling(12_000 / 300.0) + 1, grid.Columns);
        Assert.Equal((int)Math.Ceiling(7_000 / 300.0) + 1, grid.Rows);
        Assert.Equal(150, grid.CentreX(0));
        Assert.Equal(8_000 - 150, grid.CentreY(0));
    }

    [Fact]
    public void Row_zero_is_the_north_edge()
    {
        var points = new KdePoints();
        points.Add(150, 950);
        var grid = KdeGrid.Covering(0, 0, 1_000, 1_000, 100);

        var values = KernelDensity.Compute(grid, points, new KdeOptions(60));

        var hottest = Array.IndexOf(values, values.Max());
        Assert.Equal((0, 1), (hottest / grid.Columns, hottest % grid.Columns));
    }

    [Fact]
    public void A_grid_over_4096_cells_a_side_is_refused_naming_the_pixel_size()
    {
        var e = Assert.Throws<BorderMap.Core.Validation.InputValidationException>(() => KdeGrid.Covering(0, 0, 1_000_000, 10_000, 200));

        Assert.True(e.Errors.Has("pixelM"));
    }
}
