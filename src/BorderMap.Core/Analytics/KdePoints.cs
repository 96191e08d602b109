namespace BorderMap.Core.Analytics;

/// <summary>Points in the grid's metric CRS with a weight each, held as three growable columns.</summary>
public sealed class KdePoints
{
    private double[] _x;
    private double[] _y;
    private double[] _w;

    public KdePoints(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _x = new double[capacity];
        _y = new double[capacity];
        _w = new double[capacity];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<double> X => _x.AsSpan(0, Count);

    public ReadOnlySpan<double> Y => _y.AsSpan(0, Count);

    public ReadOnlySpan<double> Weight => _w.AsSpan(0, Count);

    /// <summary>Whether any point is a synthetic (benchmark) incident: every output made from them says so.</summary>
    public bool AnySynthetic { get; set; }

    public void Add(double x, double y, double weight = 1)
    {
        if (Count == _x.Length)
        {
            var size = _x.Length * 2;
            Array.Resize(ref _x, size);
            Array.Resize(ref _y, size);
            Array.Resize(ref _w, size);
        }
        _x[Count] = x;
        _y[Count] = y;
        _w[Count] = weight;
        Count++;
    }

    /// <summary>The points' bounding box; null when there are none.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY)? Extent()
    {
        if (Count == 0) return null;
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            minX = Math.Min(minX, _x[i]);
            maxX = Math.Max(maxX, _x[i]);
            minY = Math.Min(minY, _y[i]);
            maxY = Math.Max(maxY, _y[i]);
        }
        return (minX, minY, maxX, maxY);
    }
}
