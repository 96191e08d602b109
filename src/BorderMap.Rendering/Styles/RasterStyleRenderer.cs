using System.Runtime.InteropServices;
using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Projections;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// Colours heatmap grids through a <see cref="RasterStyle"/>'s ramp, zero cells transparent.
/// A Web Mercator grid becomes one small image stretched onto the map with nearest-neighbour
/// sampling (cells stay crisp squares, which is what they are). A UTM 42N grid is resampled per
/// screen pixel: pixel centre → lon/lat → UTM → cell, since its cells are not axis-aligned in 3857.
/// </summary>
public sealed class RasterStyleRenderer : IStyleRenderer
{
    private const int ExactEvery = 8;

    public void Draw(RenderContext context, IStyle style, IReadOnlyList<IFeature> features)
    {
        var rasterStyle = (RasterStyle)style;
        foreach (var feature in features)
        {
            if (feature is not RasterFeature raster)
                throw new NotSupportedException($"a raster style cannot draw a {feature.GetType().Name}");
            var max = rasterStyle.MaxValue ?? raster.Grid.MaxValue;
            if (!(max > 0)) continue; // an all-zero grid has nothing to show
            if (raster.Grid.Crs == GridCrs.WebMercator) DrawAligned(context, raster.Grid, rasterStyle, max);
            else DrawResampled(context, raster, rasterStyle, max);
        }
    }

    /// <summary>
    /// A cell's colour as unpremultiplied RGBA bytes in one uint, R in the low byte, so that on
    /// the little-endian machines .NET runs on the array is Rgba8888 in memory; 0 for none.
    /// </summary>
    internal static uint CellColor(float value, float max, RasterStyle style)
    {
        if (!(value > 0)) return 0;
        var color = style.Ramp.ColorAt(value / max);
        var alpha = (uint)Math.Clamp(MathF.Round(color.Alpha * style.Opacity), 0, 255);
        return color.Red | (uint)color.Green << 8 | (uint)color.Blue << 16 | alpha << 24;
    }

    private static void DrawAligned(RenderContext context, HeatmapGrid grid, RasterStyle style, float max)
    {
        var pixels = new uint[grid.Columns * grid.Rows];
        var values = grid.Values;
        for (var i = 0; i < pixels.Length; i++) pixels[i] = CellColor(values[i], max, style);

        var topLeft = context.Viewport.WorldToScreen(grid.Extent.MinX, grid.Extent.MaxY);
        var bottomRight = context.Viewport.WorldToScreen(grid.Extent.MaxX, grid.Extent.MinY);
        using var image = ToImage(pixels, grid.Columns, grid.Rows);
        context.Canvas.DrawImage(image, new SKRect(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y), new SKSamplingOptions(SKFilterMode.Nearest));
    }

    private static void DrawResampled(RenderContext context, RasterFeature raster, RasterStyle style, float max)
    {
        var viewport = context.Viewport;
        var grid = raster.Grid;
        var extent = raster.Extent;
        var topLeft = viewport.WorldToScreen(extent.MinX, extent.MaxY);
        var bottomRight = viewport.WorldToScreen(extent.MaxX, extent.MinY);
        var left = Math.Max(0, (int)MathF.Floor(topLeft.X));
        var top = Math.Max(0, (int)MathF.Floor(topLeft.Y));
        var right = Math.Min(viewport.Width, (int)MathF.Ceiling(bottomRight.X));
        var bottom = Math.Min(viewport.Height, (int)MathF.Ceiling(bottomRight.Y));
        if (right <= left || bottom <= top) return;

        var width = right - left;
        var height = bottom - top;
        var pixels = new uint[width * height];
        // In Web Mercator longitude depends only on the column and latitude only on the row.
        var longitudes = new double[width];
        for (var c = 0; c < width; c++)
        {
            longitudes[c] = SphericalMercator.ToLonLat(viewport.ScreenToWorld(left + c + 0.5, 0).X, 0).Lon;
        }

        var utm = TransverseMercator.Utm42N;
        var eastings = new double[width];
        var northings = new double[width];
        for (var r = 0; r < height; r++)
        {
            var lat = SphericalMercator.ToLonLat(0, viewport.ScreenToWorld(0, top + r + 0.5).Y).Lat;
            ProjectRow(utm, longitudes, lat, eastings, northings);
            for (var c = 0; c < width; c++)
            {
                var column = (int)Math.Floor((eastings[c] - grid.Extent.MinX) / grid.CellWidth);
                var row = (int)Math.Floor((grid.Extent.MaxY - northings[c]) / grid.CellHeight);
                if (column < 0 || column >= grid.Columns || row < 0 || row >= grid.Rows) continue;
                pixels[r * width + c] = CellColor(grid[column, row], max, style);
            }
        }

        using var image = ToImage(pixels, width, height);
        context.Canvas.DrawImage(image, left, top);
    }

    /// <summary>
    /// UTM coordinates of a row of pixel centres. The projection is exact every
    /// <see cref="ExactEvery"/> pixels and linear in between: across 8 pixels the mapping bends by
    /// far less than a metre even at 1 km per pixel, and it cuts the trigonometry eightfold.
    /// </summary>
    private static void ProjectRow(TransverseMercator utm, double[] longitudes, double lat, double[] eastings, double[] northings)
    {
        var width = longitudes.Length;
        for (var start = 0; start < width; start += ExactEvery)
        {
            var end = Math.Min(start + ExactEvery, width - 1);
            var (e0, n0) = utm.FromLonLat(longitudes[start], lat);
            var (e1, n1) = end == start ? (e0, n0) : utm.FromLonLat(longitudes[end], lat);
            for (var c = start; c <= end; c++)
            {
                var f = end == start ? 0 : (double)(c - start) / (end - start);
                eastings[c] = e0 + (e1 - e0) * f;
                northings[c] = n0 + (n1 - n0) * f;
            }
        }
    }

    private static SKImage ToImage(uint[] pixels, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return SKImage.FromPixelCopy(info, MemoryMarshal.AsBytes(pixels.AsSpan()), width * 4)
            ?? throw new InvalidOperationException($"Skia could not make a {width}×{height} heatmap image");
    }
}
