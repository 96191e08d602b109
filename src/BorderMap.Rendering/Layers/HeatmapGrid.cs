using BorderMap.Rendering.Projections;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>The coordinate systems a heatmap grid may be computed in.</summary>
public enum GridCrs
{
    /// <summary>EPSG:3857: cells line up with the map's pixels' axes and are drawn as an image.</summary>
    WebMercator = 3857,

    /// <summary>EPSG:32642: cells are true-area squares; resampled nearest-neighbour per pixel.</summary>
    Utm42N = 32642,
}

/// <summary>
/// A grid of densities (incident counts, kernel density…) over a rectangle in <see cref="Crs"/>.
/// Values are row-major with row 0 at the north edge, as in an image. Zero means "nothing here"
/// and is drawn transparent so the basemap shows through.
/// </summary>
public sealed class HeatmapGrid
{
    private readonly float[] _values;

    public HeatmapGrid(int columns, int rows, float[] values, Envelope extent, GridCrs crs)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(extent);
        if (columns <= 0 || rows <= 0)
            throw new ArgumentOutOfRangeException(nameof(columns), $"grid size {columns}×{rows} must be positive");
        if (values.Length != columns * rows)
            throw new ArgumentException($"grid of {columns}×{rows} needs {columns * rows} values, got {values.Length}", nameof(values));
        if (extent.IsNull || extent.Width <= 0 || extent.Height <= 0)
            throw new ArgumentException($"grid extent {extent} must have a positive width and height", nameof(extent));
        if (!Enum.IsDefined(crs))
            throw new ArgumentOutOfRangeException(nameof(crs), crs, "unsupported grid coordinate system");
        Columns = columns;
        Rows = rows;
        _values = values;
        Extent = extent;
        Crs = crs;
        MaxValue = values.Where(float.IsFinite).DefaultIfEmpty(0f).Max();
    }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>The grid's outer bounds in <see cref="Crs"/>.</summary>
    public Envelope Extent { get; }

    public GridCrs Crs { get; }

    public float MaxValue { get; }

    public double CellWidth => Extent.Width / Columns;

    public double CellHeight => Extent.Height / Rows;

    public float this[int column, int row] => _values[row * Columns + column];

    public ReadOnlySpan<float> Values => _values;

    /// <summary>
    /// The grid's bounds in EPSG:3857. A UTM rectangle is not a rectangle in Web Mercator, so its
    /// edges are sampled and the box around the samples is taken.
    /// </summary>
    public Envelope WebMercatorExtent()
    {
        if (Crs == GridCrs.WebMercator) return new Envelope(Extent);
        const int samplesPerEdge = 16;
        var result = new Envelope();
        for (var i = 0; i <= samplesPerEdge; i++)
        {
            var fx = Extent.MinX + Extent.Width * i / samplesPerEdge;
            var fy = Extent.MinY + Extent.Height * i / samplesPerEdge;
            ExpandWithUtm(result, fx, Extent.MinY);
            ExpandWithUtm(result, fx, Extent.MaxY);
            ExpandWithUtm(result, Extent.MinX, fy);
            ExpandWithUtm(result, Extent.MaxX, fy);
        }

        return result;
    }

    private static void ExpandWithUtm(Envelope envelope, double easting, double northing)
    {
        var (lon, lat) = TransverseMercator.Utm42N.ToLonLat(easting, northing);
        var (x, y) = SphericalMercator.FromLonLat(lon, lat);
        envelope.ExpandToInclude(x, y);
    }
}
