using System.Text;

namespace BorderMap.Rendering.Glyphs;

/// <summary>
/// Writes Mapbox's <c>glyphs.proto</c>: <c>glyphs { repeated fontstack stacks = 1 }</c>,
/// <c>fontstack { name = 1; range = 2; repeated glyph glyphs = 3 }</c>, <c>glyph { id = 1;
/// bitmap = 2; width = 3; height = 4; sint32 left = 5; sint32 top = 6; advance = 7 }</c>. Seven
/// fields do not need a protobuf library.
/// </summary>
internal static class GlyphPbf
{
    private const int Varint = 0;
    private const int LengthDelimited = 2;

    public static byte[] Encode(string fontStack, int start, IReadOnlyList<SdfGlyph> glyphs)
    {
        var stack = new MemoryStream();
        WriteString(stack, 1, fontStack);
        WriteString(stack, 2, $"{start}-{start + 255}");
        foreach (var glyph in glyphs) WriteBytes(stack, 3, Glyph(glyph));

        var message = new MemoryStream();
        WriteBytes(message, 1, stack.ToArray());
        return message.ToArray();
    }

    private static byte[] Glyph(SdfGlyph glyph)
    {
        var g = new MemoryStream();
        WriteVarint(g, 1, (uint)glyph.Id);
        // a glyph with no pixels (a space) has no bitmap: MapLibre sizes an empty one itself
        if (glyph.Bitmap.Length > 0) WriteBytes(g, 2, glyph.Bitmap);
        WriteVarint(g, 3, (uint)glyph.Width);
        WriteVarint(g, 4, (uint)glyph.Height);
        WriteVarint(g, 5, ZigZag(glyph.Left));
        WriteVarint(g, 6, ZigZag(glyph.Top));
        WriteVarint(g, 7, (uint)glyph.Advance);
        return g.ToArray();
    }

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static void WriteString(Stream s, int field, string value) => WriteBytes(s, field, Encoding.UTF8.GetBytes(value));

    private static void WriteBytes(Stream s, int field, byte[] value)
    {
        WriteRaw(s, (uint)(field << 3 | LengthDelimited));
        WriteRaw(s, (uint)value.Length);
        s.Write(value);
    }

    private static void WriteVarint(Stream s, int field, uint value)
    {
        WriteRaw(s, (uint)(field << 3 | Varint));
        WriteRaw(s, value);
    }

    private static void WriteRaw(Stream s, uint value)
    {
        while (value >= 0x80)
        {
            s.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        s.WriteByte((byte)value);
    }
}
