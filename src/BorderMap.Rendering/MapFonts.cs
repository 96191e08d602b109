using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// Typefaces embedded in this assembly. Text never falls back to system fonts, so a render is the
/// same on a server with no fonts installed as on a developer's machine.
/// </summary>
public static class MapFonts
{
    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => s_regular.Value;

    public static SKTypeface Bold => s_bold.Value;

    /// <summary>
    /// A font with hinting and subpixel positioning fixed, so glyph placement does not depend on
    /// the machine's defaults. The caller owns (and disposes) the font.
    /// </summary>
    public static SKFont CreateFont(float size, bool bold = false) => new(bold ? Bold : Regular, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.Slight,
        Subpixel = true,
        LinearMetrics = true,
    };

    private static SKTypeface Load(string fileName)
    {
        var resourceName = $"BorderMap.Rendering.Fonts.{fileName}";
        using var resource = typeof(MapFonts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded font '{resourceName}' is missing from {typeof(MapFonts).Assembly.GetName().Name}");
        using var buffer = new MemoryStream(checked((int)resource.Length));
        resource.CopyTo(buffer);
        // SKMemoryStream copies the bytes and is owned by the typeface from here on.
        return SKTypeface.FromStream(new SKMemoryStream(buffer.ToArray()))
            ?? throw new InvalidOperationException($"embedded font '{resourceName}' could not be read by Skia");
    }
}
