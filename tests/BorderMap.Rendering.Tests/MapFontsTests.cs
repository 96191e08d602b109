namespace BorderMap.Rendering.Tests;

public sealed class MapFontsTests
{
    [Fact]
    public void Embedded_typefaces_are_dejavu_sans_regular_and_bold()
    {
        Assert.Equal("DejaVu Sans", MapFonts.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", MapFonts.Bold.FamilyName);
        Assert.True(MapFonts.Bold.IsBold);
    }

    [Theory]
    [InlineData("Khorog")]
    [InlineData("Хорог")] // Tajik place names are often in Cyrillic
    [InlineData("© · – ")]
    public void The_embedded_font_has_glyphs_for_latin_cyrillic_and_attribution_symbols(string text)
    {
        Assert.True(MapFonts.Regular.ContainsGlyphs(text), $"no glyphs for '{text}'");
    }
}
