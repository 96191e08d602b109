using System.Text;
using BorderMap.Rendering.Glyphs;
using SkiaSharp;

namespace BorderMap.Rendering.Tests.Glyphs;

public sealed class SdfGlyphsTests
{
    [Fact]
    public void A_range_decodes_as_mapbox_glyphs_with_the_fonts_metrics()
    {
        var (name, range, glyphs) = Decode(SdfGlyphs.RangePbf("DejaVu Sans", 0));

        Assert.Equal("DejaVu Sans", name);
        Assert.Equal("0-255", range);
        var a = glyphs['A'];
        using var font = new SKFont(MapFonts.Regular, SdfGlyphs.FontSize);
        var advance = font.GetGlyphWidths([font.GetGlyph('A')], out SKRect[] bounds)[0];
        Assert.Equal((int)Math.Round(advance), a.Advance);
        Assert.InRange(a.Height, (int)bounds[0].Height, (int)bounds[0].Height + 2);
        Assert.InRange(a.Width, (int)bounds[0].Width, (int)bounds[0].Width + 2);
        Assert.Equal((a.Width + 2 * SdfGlyphs.Border) * (a.Height + 2 * SdfGlyphs.Border), a.Bitmap.Length);
        // fontnik's convention: top is the glyph's top above the baseline less the ascender, so about -(ascender - cap height)
        Assert.Equal((int)Math.Floor(-bounds[0].Top) - (int)Math.Round(-font.Metrics.Ascent), a.Top);
        Assert.All("ÀéüñçÅ©·".ToCharArray(), c => Assert.True(glyphs.ContainsKey(c), $"no glyph for '{c}'"));
        Assert.DoesNotContain(0x0A, glyphs.Keys);
    }

    [Fact]
    public void A_space_has_an_advance_and_no_bitmap()
    {
        var space = Decode(SdfGlyphs.RangePbf("DejaVu Sans", 0)).Glyphs[' '];
        Assert.True(space.Advance > 4, $"a space advances {space.Advance} px");
        Assert.Empty(space.Bitmap);
        Assert.Equal(0, space.Width);
    }

    [Fact]
    public void The_field_is_192_on_the_outline_and_falls_by_255_over_8_per_pixel_outside()
    {
        // 'l' is a plain vertical stem: along its middle row the field is a function of the horizontal distance alone
        var l = Decode(SdfGlyphs.RangePbf("DejaVu Sans", 0)).Glyphs['l'];
        var width = l.Width + 2 * SdfGlyphs.Border;
        var row = (l.Height / 2 + SdfGlyphs.Border) * width;
        var values = Enumerable.Range(0, width).Select(x => (int)l.Bitmap[row + x]).ToArray();

        Assert.True(values[width / 2] > 192, $"the middle of the stem is {values[width / 2]}, not inside (> 192): {string.Join(' ', values)}");
        Assert.True(values[0] < 192 && values[^1] < 192, $"the border is not outside: {string.Join(' ', values)}");
        // in the border, one pixel further from the stem is 255/8 ≈ 31.9 lower
        Assert.InRange(values[1] - values[0], 30, 34);
        Assert.InRange(values[^2] - values[^1], 30, 34);
    }

    [Fact]
    public void Bold_and_cyrillic_ranges_are_served_and_unknown_fonts_and_ranges_refused()
    {
        var (name, range, glyphs) = Decode(SdfGlyphs.RangePbf("DejaVu Sans Bold", 1024));
        Assert.Equal("DejaVu Sans Bold", name);
        Assert.Equal("1024-1279", range);
        Assert.All("Хорог".ToCharArray(), c => Assert.True(glyphs.ContainsKey(c), $"no glyph for '{c}'"));
        Assert.Throws<ArgumentException>(() => SdfGlyphs.RangePbf("Open Sans", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SdfGlyphs.RangePbf("DejaVu Sans", 100));
    }

    private sealed record Glyph(int Id, byte[] Bitmap, int Width, int Height, int Left, int Top, int Advance);

    /// <summary>A protobuf reader written for the test from glyphs.proto, independent of the encoder.</summary>
    private static (string Name, string Range, Dictionary<int, Glyph> Glyphs) Decode(byte[] pbf)
    {
        var fields = Fields(pbf);
        var stack = Assert.Single(fields, f => f.Tag == 1).Bytes!;
        string name = "", range = "";
        var glyphs = new Dictionary<int, Glyph>();
        foreach (var (tag, value, bytes) in Fields(stack))
        {
            if (tag == 1) name = Encoding.UTF8.GetString(bytes!);
            else if (tag == 2) range = Encoding.UTF8.GetString(bytes!);
            else if (tag == 3)
            {
                var g = Fields(bytes!);
                long V(int t) => g.Single(f => f.Tag == t).Value;
                int S(int t) { var v = (uint)V(t); return (int)(v >> 1) ^ -(int)(v & 1); }
                var glyph = new Glyph((int)V(1), g.SingleOrDefault(f => f.Tag == 2).Bytes ?? [], (int)V(3), (int)V(4), S(5), S(6), (int)V(7));
                glyphs.Add(glyph.Id, glyph);
            }
        }
        return (name, range, glyphs);
    }

    private static List<(int Tag, long Value, byte[]? Bytes)> Fields(byte[] data)
    {
        var fields = new List<(int, long, byte[]?)>();
        var i = 0;
        long Varint()
        {
            long result = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[i++];
                result |= (long)(b & 0x7F) << shift;
                if (b < 0x80) return result;
            }
        }
        while (i < data.Length)
        {
            var key = Varint();
            var (tag, type) = ((int)(key >> 3), (int)(key & 7));
            if (type == 0) fields.Add((tag, Varint(), null));
            else if (type == 2)
            {
                var length = (int)Varint();
                fields.Add((tag, 0, data[i..(i + length)]));
                i += length;
            }
            else throw new InvalidDataException($"wire type {type} is not in glyphs.proto");
        }
        return fields;
    }
}
