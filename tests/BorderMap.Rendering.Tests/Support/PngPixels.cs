using SkiaSharp;

namespace BorderMap.Rendering.Tests.Support;

/// <summary>Reads pixels back from rendered PNG bytes, as unpremultiplied colours.</summary>
internal sealed class PngPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    public PngPixels(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a readable PNG");
        _bitmap = new SKBitmap(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (!decoded.CopyTo(_bitmap, SKColorType.Rgba8888)) throw new InvalidOperationException("could not convert the PNG to RGBA");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor this[int x, int y] => _bitmap.GetPixel(x, y);

    public SKColor At(SKPoint point) => _bitmap.GetPixel((int)MathF.Floor(point.X), (int)MathF.Floor(point.Y));

    public int Count(SKColor color) => Enumerable.Range(0, Height).Sum(y => Enumerable.Range(0, Width).Count(x => _bitmap.GetPixel(x, y) == color));

    public void Dispose() => _bitmap.Dispose();
}
