using BorderMap.Core.Analytics;
using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Server.Features.Analytics;

/// <summary>
/// A heatmap as a PNG with one pixel per cell (row 0 north), coloured by the map's heat ramp from
/// the smallest to the largest value, zero cells fully transparent so it can be laid over a map.
/// The grid's georeference travels in the response headers (see <see cref="AnalyticsApi"/>).
/// </summary>
internal static class HeatmapPng
{
    public static byte[] Encode(Heatmap heatmap)
    {
        var grid = heatmap.Grid;
        var max = heatmap.Max;
        var info = new SKImageInfo(grid.Columns, grid.Rows, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var pixels = new SKColor[grid.Columns * grid.Rows];
        for (var i = 0; i < pixels.Length; i++)
        {
            var value = heatmap.Values[i];
            pixels[i] = value > 0 && max > 0 ? ColorRamp.Heat.ColorAt((float)(value / max)) : SKColors.Transparent;
        }
        bitmap.Pixels = pixels;
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the heatmap as PNG");
        return data.ToArray();
    }
}
