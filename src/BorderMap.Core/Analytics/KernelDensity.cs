using System.Numerics;

namespace BorderMap.Core.Analytics;

/// <summary>The options of one kernel density estimate, as QGIS names them.</summary>
public sealed record KdeOptions(double RadiusM, KernelShape Shape = KernelShape.Quartic, KernelOutput Output = KernelOutput.Raw);

/// <summary>
/// Kernel density estimation on a grid: every cell's value is Σ wᵢ·k·K(dᵢ) over the points within
/// the radius of the cell's centre, where K is the kernel's profile and k its scale (1 for raw).
/// Each point is stamped row by row onto the cells its disc can reach, a SIMD vector of cells at a
/// time; bands of rows run in parallel, each band owning its rows, so no two threads add to one cell.
/// </summary>
public static class KernelDensity
{
    public static double[] Compute(KdeGrid grid, KdePoints points, KdeOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var values = new double[grid.Columns * grid.Rows];
        Accumulate(grid, points, options, values, ct);
        Scale(values, options);
        return values;
    }

    /// <summary>
    /// Adds the raw kernel sums of <paramref name="points"/> to <paramref name="values"/>, so points
    /// can be summed in chunks while more are still being read; <see cref="Scale"/> finishes.
    /// </summary>
    public static void Accumulate(KdeGrid grid, KdePoints points, KdeOptions options, double[] values, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(values);
        if (!(options.RadiusM > 0) || !double.IsFinite(options.RadiusM))
            throw new ArgumentOutOfRangeException(nameof(options), options.RadiusM, "the radius must be a positive number of metres");
        if (values.Length != grid.Columns * grid.Rows)
            throw new ArgumentException($"a {grid.Columns}×{grid.Rows} grid needs {grid.Columns * grid.Rows} values, got {values.Length}", nameof(values));

        switch (options.Shape)
        {
            case KernelShape.Quartic: Stamp<Quartic>(grid, points, options.RadiusM, values, ct); break;
            case KernelShape.Triweight: Stamp<Triweight>(grid, points, options.RadiusM, values, ct); break;
            case KernelShape.Epanechnikov: Stamp<Epanechnikov>(grid, points, options.RadiusM, values, ct); break;
            case KernelShape.Triangular: Stamp<Triangular>(grid, points, options.RadiusM, values, ct); break;
            case KernelShape.Uniform: Stamp<Uniform>(grid, points, options.RadiusM, values, ct); break;
            default: throw new ArgumentOutOfRangeException(nameof(options), options.Shape, "unknown kernel shape");
        }
    }

    /// <summary>Multiplies raw sums by the kernel's scale when the output is "scaled".</summary>
    public static void Scale(double[] values, KdeOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var scale = Kernels.Scale(options.Shape, options.Output, options.RadiusM);
        if (scale == 1) return;
        var span = values.AsSpan();
        for (var i = 0; i < span.Length; i++) span[i] *= scale;
    }

    private static void Stamp<TProfile>(KdeGrid grid, KdePoints points, double radius, double[] values, CancellationToken ct)
        where TProfile : struct, IProfile
    {
        var bands = Math.Min(grid.Rows, Environment.ProcessorCount * 4);
        var rowsPerBand = (grid.Rows + bands - 1) / bands;
        var options = new ParallelOptions { CancellationToken = ct };
        Parallel.For(0, bands, options, band =>
        {
            var firstRow = band * rowsPerBand;
            var lastRow = Math.Min(grid.Rows, firstRow + rowsPerBand) - 1;
            if (firstRow <= lastRow) StampBand<TProfile>(grid, points, radius, values, firstRow, lastRow, ct);
        });
    }

    private static void StampBand<TProfile>(KdeGrid grid, KdePoints points, double radius, double[] values, int firstRow, int lastRow, CancellationToken ct)
        where TProfile : struct, IProfile
    {
        var xs = points.X;
        var ys = points.Y;
        var ws = points.Weight;
        var r2 = radius * radius;
        var invR2 = 1 / r2;
        var cw = grid.CellWidth;
        var ch = grid.CellHeight;
        var lanes = Vector<double>.Count;
        var laneOffsets = LaneOffsets(cw);
        var laneStep = new Vector<double>(cw * lanes);
        var one = Vector<double>.One;

        for (var i = 0; i < xs.Length; i++)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var px = xs[i];
            var py = ys[i];
            var w = ws[i];
            if (w == 0) continue;

            // Rows whose centres lie within the radius vertically: MaxY − (row + ½)·ch ∈ [py − r, py + r].
            var top = Math.Max(firstRow, Clamp(Math.Ceiling((grid.MaxY - py - radius) / ch - 0.5)));
            var bottom = Math.Min(lastRow, Clamp(Math.Floor((grid.MaxY - py + radius) / ch - 0.5)));
            for (var row = top; row <= bottom; row++)
            {
                var dy = grid.MaxY - (row + 0.5) * ch - py;
                var dy2 = dy * dy;
                if (dy2 > r2) continue;
                // The columns the chord at this row can reach, one wider each side: the exact
                // distance test below decides, so rounding in the chord cannot drop a cell.
                var halfChord = Math.Sqrt(r2 - dy2);
                var left = Math.Max(0, Clamp(Math.Ceiling((px - halfChord - grid.MinX) / cw - 0.5)) - 1);
                var right = Math.Min(grid.Columns - 1, Clamp(Math.Floor((px + halfChord - grid.MinX) / cw - 0.5)) + 1);
                if (left > right) continue;

                var cells = values.AsSpan(row * grid.Columns + left, right - left + 1);
                var dx0 = grid.MinX + (left + 0.5) * cw - px;
                var weight = new Vector<double>(w);
                var dyTerm = new Vector<double>(dy2);
                var scale = new Vector<double>(invR2);
                var dx = new Vector<double>(dx0) + laneOffsets;
                var c = 0;
                for (; c <= cells.Length - lanes; c += lanes)
                {
                    var q = (dx * dx + dyTerm) * scale;
                    var inside = Vector.LessThanOrEqual(q, one);
                    var add = Vector.ConditionalSelect(inside, TProfile.Of(q) * weight, Vector<double>.Zero);
                    var slot = cells.Slice(c, lanes);
                    (new Vector<double>(slot) + add).CopyTo(slot);
                    dx += laneStep;
                }
                for (; c < cells.Length; c++)
                {
                    var dxc = dx0 + c * cw;
                    var q = (dxc * dxc + dy2) * invR2;
                    if (q <= 1) cells[c] += w * TProfile.Of(q);
                }
            }
        }
    }

    private static Vector<double> LaneOffsets(double cellWidth)
    {
        Span<double> offsets = stackalloc double[Vector<double>.Count];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = i * cellWidth;
        return new Vector<double>(offsets);
    }

    /// <summary>A row or column index from a double that may lie far outside the grid.</summary>
    private static int Clamp(double index) => (int)Math.Clamp(index, -1, KdeGrid.MaxSide + 1);

    /// <summary>A kernel's raw profile as a function of q = (d/r)², for q ≤ 1.</summary>
    private interface IProfile
    {
        static abstract double Of(double q);

        static abstract Vector<double> Of(Vector<double> q);
    }

    private readonly struct Quartic : IProfile
    {
        public static double Of(double q) => (1 - q) * (1 - q);

        public static Vector<double> Of(Vector<double> q)
        {
            var u = Vector<double>.One - q;
            return u * u;
        }
    }

    private readonly struct Triweight : IProfile
    {
        public static double Of(double q) => (1 - q) * (1 - q) * (1 - q);

        public static Vector<double> Of(Vector<double> q)
        {
            var u = Vector<double>.One - q;
            return u * u * u;
        }
    }

    private readonly struct Epanechnikov : IProfile
    {
        public static double Of(double q) => 1 - q;

        public static Vector<double> Of(Vector<double> q) => Vector<double>.One - q;
    }

    private readonly struct Triangular : IProfile
    {
        public static double Of(double q) => 1 - Math.Sqrt(q);

        public static Vector<double> Of(Vector<double> q) => Vector<double>.One - Vector.SquareRoot(q);
    }

    private readonly struct Uniform : IProfile
    {
        public static double Of(double q) => 1;

        public static Vector<double> Of(Vector<double> q) => Vector<double>.One;
    }
}
