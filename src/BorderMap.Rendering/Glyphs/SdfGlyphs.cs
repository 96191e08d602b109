using SkiaSharp;

namespace BorderMap.Rendering.Glyphs;

/// <summary>One glyph as MapLibre wants it: a signed distance field with a 3-pixel border, and metrics in pixels at 24 px.</summary>
public sealed record SdfGlyph(int Id, byte[] Bitmap, int Width, int Height, int Left, int Top, int Advance);

/// <summary>
/// Signed-distance-field glyphs for MapLibre GL's text, made from the embedded DejaVu fonts, so the
/// web viewer labels places without a glyph server on the internet. The format is the one
/// Mapbox's fontnik writes (`glyphs.proto`): 24 px glyphs, a 3 px border, distances scaled so the
/// outline sits at 192 and 8 px spans the rest; the distance transform is TinySDF's
/// (Felzenszwalb–Huttenlocher over the anti-aliased coverage), which MapLibre itself uses for
/// glyphs it draws locally. Metrics follow fontnik: <c>top</c> is the glyph's top above the
/// baseline minus the font's ascender.
/// </summary>
public static class SdfGlyphs
{
    /// <summary>The font stacks served, by the names a style's <c>text-font</c> uses.</summary>
    public static readonly IReadOnlyDictionary<string, Func<SKTypeface>> Fonts = new Dictionary<string, Func<SKTypeface>>(StringComparer.Ordinal)
    {
        ["DejaVu Sans"] = () => MapFonts.Regular,
        ["DejaVu Sans Bold"] = () => MapFonts.Bold,
    };

    public const int FontSize = 24;
    public const int Border = 3;
    private const double Radius = 8;
    private const double Cutoff = 0.25;
    private const double Infinity = 1e20;

    /// <summary>The protobuf of the 256 code points from <paramref name="start"/> (a multiple of 256) that the font has.</summary>
    public static byte[] RangePbf(string fontStack, int start)
    {
        if (!Fonts.TryGetValue(fontStack, out var typeface))
            throw new ArgumentException($"no font stack '{fontStack}'; known: {string.Join(", ", Fonts.Keys)}", nameof(fontStack));
        if (start < 0 || start > 65535 || start % 256 != 0)
            throw new ArgumentOutOfRangeException(nameof(start), start, "a glyph range starts at a multiple of 256 below 65536");
        return GlyphPbf.Encode(fontStack, start, Range(typeface(), start));
    }

    /// <summary>The glyphs of the code points from <paramref name="start"/> to start + 255 that the typeface has.</summary>
    public static IReadOnlyList<SdfGlyph> Range(SKTypeface typeface, int start)
    {
        using var font = new SKFont(typeface, FontSize) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = true };
        var ascender = (int)Math.Round(-font.Metrics.Ascent);
        var glyphs = new List<SdfGlyph>();
        for (var codePoint = start; codePoint < start + 256; codePoint++)
        {
            // control characters, and code points the font lacks (MapLibre then draws nothing for them)
            if (codePoint < 0x20 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) continue;
            var glyphId = font.GetGlyph(codePoint);
            if (glyphId == 0) continue;
            glyphs.Add(Draw(font, glyphId, codePoint, ascender));
        }
        return glyphs;
    }

    private static SdfGlyph Draw(SKFont font, ushort glyphId, int codePoint, int ascender)
    {
        var advance = (int)Math.Round(font.GetGlyphWidths([glyphId], out SKRect[] bounds)[0]);
        var b = bounds[0];
        if (b.IsEmpty) return new SdfGlyph(codePoint, [], 0, 0, 0, 0, advance); // a space: advance only

        var left = (int)Math.Floor(b.Left);
        var top = (int)Math.Floor(b.Top); // Skia's y grows downwards: negative above the baseline
        var width = (int)Math.Ceiling(b.Right) - left;
        var height = (int)Math.Ceiling(b.Bottom) - top;
        var coverage = Coverage(font, glyphId, left, top, width, height);
        var bitmap = DistanceField(coverage, width, height);
        return new SdfGlyph(codePoint, bitmap, width, height, left, -top - ascender, advance);
    }

    /// <summary>The glyph's anti-aliased coverage (0–255), <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    private static byte[] Coverage(SKFont font, ushort glyphId, int left, int top, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        using (var path = font.GetGlyphPath(glyphId))
        using (var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black, Style = SKPaintStyle.Fill })
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(-left, -top);
            canvas.DrawPath(path, paint);
        }
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                pixels[y * width + x] = bitmap.GetPixel(x, y).Alpha;
        return pixels;
    }

    /// <summary>TinySDF's distance field over the coverage, with the border around it.</summary>
    private static byte[] DistanceField(byte[] coverage, int glyphWidth, int glyphHeight)
    {
        var width = glyphWidth + 2 * Border;
        var height = glyphHeight + 2 * Border;
        var outer = new double[width * height];
        var inner = new double[width * height];
        Array.Fill(outer, Infinity);
        for (var y = 0; y < glyphHeight; y++)
            for (var x = 0; x < glyphWidth; x++)
            {
                var a = coverage[y * glyphWidth + x] / 255.0;
                if (a == 0) continue;
                var j = (y + Border) * width + x + Border;
                if (a == 1) { outer[j] = 0; inner[j] = Infinity; }
                else
                {
                    // an edge pixel: the outline passes through it, half-way at 50 % coverage
                    var d = 0.5 - a;
                    outer[j] = d > 0 ? d * d : 0;
                    inner[j] = d < 0 ? d * d : 0;
                }
            }
        var size = Math.Max(width, height);
        var f = new double[size];
        var z = new double[size + 1];
        var v = new int[size];
        Transform(outer, 0, 0, width, height, width, f, v, z);
        Transform(inner, Border, Border, glyphWidth, glyphHeight, width, f, v, z);

        var field = new byte[width * height];
        for (var i = 0; i < field.Length; i++)
        {
            var distance = Math.Sqrt(outer[i]) - Math.Sqrt(inner[i]);
            field[i] = (byte)Math.Clamp(Math.Round(255 - 255 * (distance / Radius + Cutoff)), 0, 255);
        }
        return field;
    }

    /// <summary>2D squared Euclidean distance transform (Felzenszwalb & Huttenlocher), columns then rows.</summary>
    private static void Transform(double[] grid, int x0, int y0, int width, int height, int stride, double[] f, int[] v, double[] z)
    {
        for (var x = x0; x < x0 + width; x++) Transform1D(grid, y0 * stride + x, stride, height, f, v, z);
        for (var y = y0; y < y0 + height; y++) Transform1D(grid, y * stride + x0, 1, width, f, v, z);
    }

    private static void Transform1D(double[] grid, int offset, int step, int length, double[] f, int[] v, double[] z)
    {
        v[0] = 0;
        z[0] = -Infinity;
        z[1] = Infinity;
        f[0] = grid[offset];
        for (int q = 1, k = 0; q < length; q++)
        {
            f[q] = grid[offset + q * step];
            var q2 = (double)q * q;
            double s;
            do
            {
                var r = v[k];
                s = (f[q] - f[r] + q2 - (double)r * r) / (q - r) / 2;
            } while (s <= z[k] && --k > -1);
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Infinity;
        }
        for (int q = 0, k = 0; q < length; q++)
        {
            while (z[k + 1] < q) k++;
            var r = v[k];
            var qr = q - r;
            grid[offset + q * step] = f[r] + (double)qr * qr;
        }
    }
}
