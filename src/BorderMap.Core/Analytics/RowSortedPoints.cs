using System.Buffers;

namespace BorderMap.Core.Analytics;

/// <summary>
/// Points reordered by the grid row their centre lies in (a counting sort), so that the cells a
/// run of points adds to stay in the CPU's cache, and each band of rows reads only the points whose
/// discs can reach it. Only the order of the additions changes, never the terms that are added.
/// Points of zero weight, which add nothing, are left out. The arrays are rented: dispose it.
/// </summary>
internal sealed class RowSortedPoints : IDisposable
{
    private readonly int[] _start;
    private readonly int _rows;
    private readonly double _cellHeight;

    private RowSortedPoints(double[] x, double[] y, double[] weight, int[] start, int rows, double cellHeight)
    {
        X = x;
        Y = y;
        Weight = weight;
        _start = start;
        _rows = rows;
        _cellHeight = cellHeight;
    }

    public double[] X { get; }

    public double[] Y { get; }

    public double[] Weight { get; }

    public static RowSortedPoints Of(KdeGrid grid, KdePoints points)
    {
        var xs = points.X;
        var ys = points.Y;
        var ws = points.Weight;
        // Bucket 0 holds points north of the grid, bucket Rows + 1 points south of it.
        var start = new int[grid.Rows + 3];
        var buckets = ArrayPool<int>.Shared.Rent(xs.Length);
        try
        {
            for (var i = 0; i < xs.Length; i++)
            {
                if (ws[i] == 0)
                {
                    buckets[i] = -1;
                    continue;
                }
                buckets[i] = Bucket(grid, ys[i]);
                start[buckets[i] + 1]++;
            }
            for (var b = 1; b < start.Length; b++) start[b] += start[b - 1];

            var count = start[^1];
            var x = ArrayPool<double>.Shared.Rent(count);
            var y = ArrayPool<double>.Shared.Rent(count);
            var w = ArrayPool<double>.Shared.Rent(count);
            var next = start.AsSpan(0, grid.Rows + 2).ToArray();
            for (var i = 0; i < xs.Length; i++)
            {
                if (buckets[i] < 0) continue;
                var k = next[buckets[i]]++;
                x[k] = xs[i];
                y[k] = ys[i];
                w[k] = ws[i];
            }
            return new RowSortedPoints(x, y, w, start, grid.Rows, grid.CellHeight);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buckets);
        }
    }

    /// <summary>
    /// The index range of the points whose disc of <paramref name="radius"/> may reach a row from
    /// <paramref name="firstRow"/> to <paramref name="lastRow"/>: a point reaches rows at most
    /// radius / cell height + 1 away from its own, and two more rows absorb any rounding.
    /// </summary>
    public (int From, int To) Reaching(int firstRow, int lastRow, double radius)
    {
        var reach = (int)Math.Min(Math.Ceiling(radius / _cellHeight) + 2, _rows + 2);
        var first = Math.Clamp(firstRow - reach, -1, _rows) + 1;
        var last = Math.Clamp(lastRow + reach, -1, _rows) + 1;
        return (_start[first], _start[last + 1]);
    }

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(X);
        ArrayPool<double>.Shared.Return(Y);
        ArrayPool<double>.Shared.Return(Weight);
    }

    private static int Bucket(KdeGrid grid, double y) => (int)Math.Clamp(Math.Floor((grid.MaxY - y) / grid.CellHeight), -1, grid.Rows) + 1;
}
