using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BorderMap.Core.Analytics;

/// <summary>The options of one kernel density estimate, as QGIS names them.</summary>
public sealed record KdeOptions(double RadiusM, KernelShape Shape = KernelShape.Quartic, KernelOutput Output = KernelOutput.Raw);

/// <summary>
/// Kernel density estimation on a grid: every cell's value is Σ wᵢ·k·K(dᵢ) over the points within
/// the radius of the cell's centre, where K is the kernel's profile and k its scale (1 for raw).
/// Each point is stamped row by row onto the cells its disc can reach, a SIMD vector of cells at a
/// time (eight doubles: AVX-512 where the CPU has it, else the runtime splits each into two AVX
/// halves); bands of rows run in parallel, each band owning its rows, so no two threads add to one cell.
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
        // Cell centres as the formula writes them, MinX + (column + ½)·width, computed once and
        // padded by a vector so a window can always be loaded whole.
        var centres = new double[grid.Columns + Vector512<double>.Count];
        for (var c = 0; c < centres.Length; c++) centres[c] = grid.CentreX(c);
        using var sorted = RowSortedPoints.Of(grid, points);
        var bands = Math.Min(grid.Rows, Environment.ProcessorCount * 4);
        var rowsPerBand = (grid.Rows + bands - 1) / bands;
        var options = new ParallelOptions { CancellationToken = ct };
        Parallel.For(0, bands, options, band =>
        {
            var firstRow = band * rowsPerBand;
            var lastRow = Math.Min(grid.Rows, firstRow + rowsPerBand) - 1;
            if (firstRow > lastRow) return;
            var (from, to) = sorted.Reaching(firstRow, lastRow, radius);
            StampBand<TProfile>(grid, centres, sorted.X.AsSpan(from, to - from), sorted.Y.AsSpan(from, to - from),
                sorted.Weight.AsSpan(from, to - from), radius, values, firstRow, lastRow, ct);
        });
    }

    /// <summary>
    /// Each point adds to a window of whole SIMD vectors of columns covering its disc's width: the
    /// window's squared horizontal distances are computed once per point and reused on every row.
    /// A disc at most <see cref="SquareWindowVectors"/> vectors wide is evaluated on its whole
    /// square (the exact q ≤ 1 test zeroes the corners), which costs fewer instructions than finding
    /// each row's chord; a wider one evaluates only the vectors its chord reaches on each row.
    /// Cells of the window outside the disc get exactly +0, so a window may overhang the disc as long
    /// as it stays inside its row, which this band owns.
    /// </summary>
    private static void StampBand<TProfile>(KdeGrid grid, double[] centres, ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, ReadOnlySpan<double> ws,
        double radius, double[] values, int firstRow, int lastRow, CancellationToken ct)
        where TProfile : struct, IProfile
    {
        var r2 = radius * radius;
        var cw = grid.CellWidth;
        var ch = grid.CellHeight;
        var columns = grid.Columns;
        var lanes = Vector512<double>.Count;
        var scale = Vector512.Create(1 / r2);
        var dx2 = new double[columns + lanes];
        ref var centre0 = ref MemoryMarshal.GetArrayDataReference(centres);
        ref var dx20 = ref MemoryMarshal.GetArrayDataReference(dx2);
        ref var cell0 = ref MemoryMarshal.GetArrayDataReference(values);

        for (var i = 0; i < xs.Length; i++)
        {
            // Checked at every point: one wide kernel can reach millions of cells, and a client that
            // left (or the request's time cap) must stop the sum within milliseconds, not minutes.
            ct.ThrowIfCancellationRequested();
            var px = xs[i];
            var py = ys[i];
            var w = ws[i];

            // Rows whose centres lie within the radius vertically: MaxY − (row + ½)·ch ∈ [py − r, py + r].
            var top = Math.Max(firstRow, Clamp(Math.Ceiling((grid.MaxY - py - radius) / ch - 0.5)));
            var bottom = Math.Min(lastRow, Clamp(Math.Floor((grid.MaxY - py + radius) / ch - 0.5)));
            if (top > bottom) continue;
            // Columns whose centres lie within the radius horizontally, one wider each side: the
            // exact distance test decides, so rounding here cannot drop a cell.
            var left = Math.Max(0, Clamp(Math.Ceiling((px - radius - grid.MinX) / cw - 0.5)) - 1);
            var right = Math.Min(columns - 1, Clamp(Math.Floor((px + radius - grid.MinX) / cw - 0.5)) + 1);
            if (left > right) continue;
            var vectors = (right - left + lanes) / lanes;
            var start = Math.Min(left, columns - vectors * lanes);
            if (start < 0)
            {
                // A window wider than the grid: only on grids narrower than a few vectors.
                StampCells<TProfile>(grid, px, py, w, radius, values, top, bottom, left, right);
                continue;
            }

            var x = Vector512.Create(px);
            for (var k = start; k < start + vectors * lanes; k += lanes)
            {
                var dx = Vector512.LoadUnsafe(ref centre0, (nuint)k) - x;
                Vector512.StoreUnsafe(dx * dx, ref dx20, (nuint)k);
            }
            var weight = Vector512.Create(w);
            for (var row = top; row <= bottom; row++)
            {
                var dy = grid.CentreY(row) - py;
                var dy2 = dy * dy;
                if (dy2 > r2) continue;
                int first = start, last = start + (vectors - 1) * lanes;
                if (vectors > SquareWindowVectors)
                {
                    var halfChord = Math.Sqrt(r2 - dy2);
                    var rowLeft = Math.Max(start, Clamp(Math.Ceiling((px - halfChord - grid.MinX) / cw - 0.5)) - 1);
                    var rowRight = Math.Min(start + vectors * lanes - 1, Clamp(Math.Floor((px + halfChord - grid.MinX) / cw - 0.5)) + 1);
                    if (rowLeft > rowRight) continue;
                    first = start + (rowLeft - start) / lanes * lanes;
                    last = start + (rowRight - start) / lanes * lanes;
                }

                var dyTerm = Vector512.Create(dy2);
                var rowOffset = row * columns;
                for (var k = first; k <= last; k += lanes)
                {
                    var q = (Vector512.LoadUnsafe(ref dx20, (nuint)k) + dyTerm) * scale;
                    var add = Vector512.ConditionalSelect(Vector512.LessThanOrEqual(q, Vector512<double>.One), TProfile.Of(q) * weight, Vector512<double>.Zero);
                    var cell = (nuint)(rowOffset + k);
                    Vector512.StoreUnsafe(Vector512.LoadUnsafe(ref cell0, cell) + add, ref cell0, cell);
                }
            }
        }
    }

    /// <summary>A window of this many vectors or fewer is evaluated whole on every row of the disc.</summary>
    private const int SquareWindowVectors = 4;

    /// <summary>One point cell by cell over columns <paramref name="left"/>–<paramref name="right"/>.</summary>
    private static void StampCells<TProfile>(KdeGrid grid, double px, double py, double w, double radius, double[] values,
        int top, int bottom, int left, int right)
        where TProfile : struct, IProfile
    {
        var r2 = radius * radius;
        for (var row = top; row <= bottom; row++)
        {
            var dy = grid.CentreY(row) - py;
            var dy2 = dy * dy;
            for (var c = left; c <= right; c++)
            {
                var dx = grid.CentreX(c) - px;
                var q = (dx * dx + dy2) * (1 / r2);
                if (q <= 1) values[row * grid.Columns + c] += w * TProfile.Of(q);
            }
        }
    }

    /// <summary>A row or column index from a double that may lie far outside the grid.</summary>
    private static int Clamp(double index) => (int)Math.Clamp(index, -1, KdeGrid.MaxSide + 1);

    /// <summary>A kernel's raw profile as a function of q = (d/r)², for q ≤ 1.</summary>
    private interface IProfile
    {
        static abstract double Of(double q);

        static abstract Vector512<double> Of(Vector512<double> q);
    }

    private readonly struct Quartic : IProfile
    {
        public static double Of(double q) => (1 - q) * (1 - q);

        public static Vector512<double> Of(Vector512<double> q)
        {
            var u = Vector512<double>.One - q;
            return u * u;
        }
    }

    private readonly struct Triweight : IProfile
    {
        public static double Of(double q) => (1 - q) * (1 - q) * (1 - q);

        public static Vector512<double> Of(Vector512<double> q)
        {
            var u = Vector512<double>.One - q;
            return u * u * u;
        }
    }

    private readonly struct Epanechnikov : IProfile
    {
        public static double Of(double q) => 1 - q;

        public static Vector512<double> Of(Vector512<double> q) => Vector512<double>.One - q;
    }

    private readonly struct Triangular : IProfile
    {
        public static double Of(double q) => 1 - Math.Sqrt(q);

        public static Vector512<double> Of(Vector512<double> q) => Vector512<double>.One - Vector512.Sqrt(q);
    }

    private readonly struct Uniform : IProfile
    {
        public static double Of(double q) => 1;

        public static Vector512<double> Of(Vector512<double> q) => Vector512<double>.One;
    }
}
