using BorderMap.Core.Validation;

namespace BorderMap.Core.Analytics;

/// <summary>
/// A north-up grid in a metric CRS, laid out as QGIS and GDAL lay out a raster: the origin is the
/// top-left corner (<see cref="MinX"/>, <see cref="MaxY"/>), row 0 is the northernmost row, and a
/// cell's value is the density at the cell's centre.
/// </summary>
public sealed record KdeGrid(double MinX, double MaxY, double CellWidth, double CellHeight, int Columns, int Rows)
{
    /// <summary>The most cells a side may have; more would be a picture nobody can use and hundreds of MB.</summary>
    public const int MaxSide = 4096;

    public double MaxX => MinX + Columns * CellWidth;

    public double MinY => MaxY - Rows * CellHeight;

    /// <summary>
    /// The rectangle the cells cover. It can reach past the extent the grid was laid over (whole
    /// pixels round up east and south), and points under that overhang count too.
    /// </summary>
    public MetricExtent Extent => new(MinX, MinY, MaxX, MaxY);

    public double CentreX(int column) => MinX + (column + 0.5) * CellWidth;

    public double CentreY(int row) => MaxY - (row + 0.5) * CellHeight;

    /// <summary>
    /// QGIS's grid when it is given only points: their extent grown by the radius on every side,
    /// ⌈width / pixel⌉ + 1 columns and ⌈height / pixel⌉ + 1 rows of square pixels from the top-left corner.
    /// </summary>
    public static KdeGrid AroundPoints(double minX, double minY, double maxX, double maxY, double radius, double pixel)
    {
        var width = maxX - minX + 2 * radius;
        var height = maxY - minY + 2 * radius;
        var columns = Math.Max(Math.Ceiling(width / pixel) + 1, 1);
        var rows = Math.Max(Math.Ceiling(height / pixel) + 1, 1);
        Check(columns, rows, "pixelM");
        return new KdeGrid(minX - radius, maxY + radius, pixel, pixel, (int)columns, (int)rows);
    }

    /// <summary>Square pixels covering a requested extent from its top-left corner.</summary>
    public static KdeGrid Covering(double minX, double minY, double maxX, double maxY, double pixel)
    {
        // A pixel derived from a width (extent / 1024) must give 1024 columns, not 1025 by rounding.
        var columns = Math.Max(Math.Ceiling((maxX - minX) / pixel - 1e-9), 1);
        var rows = Math.Max(Math.Ceiling((maxY - minY) / pixel - 1e-9), 1);
        Check(columns, rows, "pixelM");
        return new KdeGrid(minX, maxY, pixel, pixel, (int)columns, (int)rows);
    }

    /// <summary>
    /// Exactly <paramref name="columns"/> × <paramref name="rows"/> cells over the extent, like a WMS
    /// GetMap: cells are rectangles when the aspect ratios differ.
    /// </summary>
    public static KdeGrid Fitting(double minX, double minY, double maxX, double maxY, int columns, int rows)
    {
        Check(columns, rows, "width");
        return new KdeGrid(minX, maxY, (maxX - minX) / columns, (maxY - minY) / rows, columns, rows);
    }

    private static void Check(double columns, double rows, string field)
    {
        if (columns <= MaxSide && rows <= MaxSide) return;
        var errors = new FieldErrors();
        errors.Add(field, FormattableString.Invariant(
            $"gives a grid of {columns:0}×{rows:0} cells; at most {MaxSide}×{MaxSide} are allowed: use a larger pixel or a smaller area"));
        throw new InputValidationException("The query parameters are not valid.", errors, status: 400);
    }
}
