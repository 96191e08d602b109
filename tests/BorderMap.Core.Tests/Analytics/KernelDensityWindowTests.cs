using BorderMap.Core.Analytics;

namespace BorderMap.Core.Tests.Analytics;

/// <summary>
/// The kernel sum takes different paths by the disc's width in cells: the whole square of a narrow
/// disc, each row's chord of a wide one, cell by cell on a grid narrower than a SIMD vector, and a
/// window shifted back from the grid's east edge. Each must equal the direct sum from the formula
/// (<see cref="KernelDensityTests.BruteForce"/>) for every kernel, raw and scaled, weighted, with
/// points inside, on the edges of and outside the grid, and summed whole or in chunks.
/// </summary>
public sealed class KernelDensityWindowTests
{
    public static TheoryData<string, bool, string> Cases()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var kernel in Kernels.Names.Keys)
        {
            foreach (var scaled in new[] { false, true })
            {
                foreach (var window in new[] { "square", "chord", "narrow grid" }) data.Add(kernel, scaled, window);
            }
        }
        return data;
    }

    /// <summary>Grids of 64 × 48 cells of 300 m × 350 m (or 5 columns for the narrow grid) and the radius that selects the path.</summary>
    private static (KdeGrid Grid, double Radius) Layout(string window) => window switch
    {
        "square" => (KdeGrid.Fitting(500_000, 4_150_000, 519_200, 4_166_800, 64, 48), 1_100),
        "chord" => (KdeGrid.Fitting(500_000, 4_150_000, 519_200, 4_166_800, 64, 48), 7_300),
        "narrow grid" => (KdeGrid.Fitting(500_000, 4_150_000, 501_500, 4_166_800, 5, 48), 1_300),
        _ => throw new ArgumentOutOfRangeException(nameof(window)),
    };

    /// <summary>Random weighted points (some of weight 0) over the grid grown by the radius, and a few exactly on its edges.</summary>
    private static List<(double X, double Y, double W)> Points(KdeGrid grid, double radius, int seed)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, 250).Select(_ => (
            grid.MinX - radius + random.NextDouble() * (grid.MaxX - grid.MinX + 2 * radius),
            grid.MinY - radius + random.NextDouble() * (grid.MaxY - grid.MinY + 2 * radius),
            (double)random.Next(0, 7))).ToList();
        points.AddRange([(grid.MinX, grid.MaxY, 2), (grid.MaxX, grid.MinY, 3), (grid.MaxX - 1, grid.CentreY(7), 1), (grid.MinX + 1, grid.CentreY(30), 1)]);
        return points;
    }

    private static KdePoints ToKde(IEnumerable<(double X, double Y, double W)> points)
    {
        var kde = new KdePoints();
        foreach (var (x, y, w) in points) kde.Add(x, y, w);
        return kde;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_path_matches_the_direct_sum(string kernel, bool scaled, string window)
    {
        var (grid, radius) = Layout(window);
        var points = Points(grid, radius, seed: kernel.Length * 10 + window.Length + (scaled ? 1 : 0));
        var options = new KdeOptions(radius, Kernels.Names[kernel], scaled ? KernelOutput.Scaled : KernelOutput.Raw);

        var actual = KernelDensity.Compute(grid, ToKde(points), options);

        var expected = KernelDensityTests.BruteForce(grid, points, kernel, scaled, radius);
        Assert.True(expected.Count(v => v > 0) > grid.Columns, "the points should warm many cells");
        Assert.InRange(KernelDensityTests.MaxRelativeError(actual, expected), 0, 1e-6);
    }

    [Theory]
    [InlineData("quartic", "square")]
    [InlineData("triangular", "chord")]
    [InlineData("uniform", "narrow grid")]
    public void Chunks_summed_one_after_another_give_the_grid_of_all_points_at_once(string kernel, string window)
    {
        var (grid, radius) = Layout(window);
        var points = Points(grid, radius, seed: 5);
        var options = new KdeOptions(radius, Kernels.Names[kernel], KernelOutput.Scaled);

        var values = new double[grid.Columns * grid.Rows];
        foreach (var chunk in points.Chunk(37)) KernelDensity.Accumulate(grid, ToKde(chunk), options, values);
        KernelDensity.Scale(values, options);

        Assert.InRange(KernelDensityTests.MaxRelativeError(values, KernelDensityTests.BruteForce(grid, points, kernel, true, radius)), 0, 1e-6);
    }

    [Fact]
    public void Points_far_outside_the_grid_add_nothing()
    {
        var (grid, radius) = Layout("chord");
        var far = ToKde([(grid.MinX - radius - 1, grid.CentreY(3), 5), (grid.MaxX + radius + 1, grid.CentreY(3), 5),
            (grid.CentreX(3), grid.MaxY + radius + 1, 5), (grid.CentreX(3), grid.MinY - radius - 1e6, 5)]);

        Assert.All(KernelDensity.Compute(grid, far, new KdeOptions(radius, KernelShape.Uniform)), v => Assert.Equal(0, v));
    }
}
