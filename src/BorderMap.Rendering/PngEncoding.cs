using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>PNG encoding shared by the map and chart renderers.</summary>
internal static class PngEncoding
{
    public static void Encode(SKSurface surface, Stream output)
    {
        using var image = surface.Snapshot();
        // PNG is lossless and its encoder deterministic, so equal pixels give equal bytes.
        using var data = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the image as PNG");
        data.SaveTo(output);
    }
}
