using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// A symbol drawn once into a small image, then stamped at every point of a batch. Anti-aliasing a circle per point costs microseconds; stamping costs a blit,
/// which is what keeps 100,000 incidents well under a second. Stamps land on whole pixels
/// (the symbol's centre on the centre of the pixel holding the point), so they stay crisp and
/// the output does not depend on sub-pixel sampling.
/// </summary>
internal sealed class SymbolSprite : IDisposable
{
    private readonly SKImage _image;
        private readonly int _centre;

    public SymbolSprite(PaintCache paints, SymbolStyle style)
    {
        // Odd size, so one pixel sits exactly in the middle; room for the triangle's overhang and the outline.
        var size = (int)MathF.Ceiling(style.Size * 1.2f + 2 * style.OutlineWidth + 2);
        if (size % 2 == 0) size++;
        _centre = size / 2;

        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not make a {size}×{size} symbol surface");
        surface.Canvas.Clear(SKColors.Transparent);
        using (var painter = new SymbolPainter(paints, style))
        {
            painter.Draw(surface.Canvas, _centre + 0.5f, _centre + 0.5f);
        }

        _image = surface.Snapshot();
    }

    /// <summary>Stamps the symbol at each screen point.</summary>
    public void DrawAll(SKCanvas canvas, ReadOnlySpan<SKPoint> points)
    {
        foreach (var point in points)
        {
            // Whole-pixel offsets let Skia use its sprite blitter: a plain copy, no resampling.
            canvas.DrawImage(_image, MathF.Floor(point.X) - _centre, MathF.Floor(point.Y) - _centre);
        }
    }

    public void Dispose() => _image.Dispose();
}
