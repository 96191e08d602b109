using System.Globalization;
using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("KHORUGH", "khorugh")]
    [InlineData("Sher Khan Bandar", "sher khan bandar")]
    [InlineData("ХОРОГ", "хорог")]
    [InlineData("İSHKASHIM", "ishkashim")]
    public void Case_is_folded(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Fact]
    public void Case_folding_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases I to dotless ı; a culture-sensitive fold would break "ISHKASHIM".
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("ishkashim", NameNormalizer.Normalize("ISHKASHIM"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("Dŭstī", "dusti")]
    [InlineData("Ishkāshim", "ishkashim")]
    [InlineData("Qŭrghonteppa", "qurghonteppa")]
    [InlineData("Kŭlob", "kulob")]
    [InlineData("Rōshan", "roshan")]
    [InlineData("Khorūgh", "khorugh")]
    [InlineData("Fayzābād", "fayzabad")]
    public void Latin_diacritics_are_removed(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("Šugnan", "shugnan")]
    [InlineData("J̌ilikŭl", "jilikul")]
    [InlineData("Čubek", "chubek")]
    [InlineData("Ḵorog", "khorog")]
    [InlineData("Ƣarm", "gharm")]
    public void Caron_and_scholarly_letters_become_the_digraphs_reports_use(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData('\u02BB')] // ʻ modifier letter turned comma (Uzbek/Tajik Latin)
    [InlineData('\u2019')] // ’ right single quotation mark
    [InlineData('\u2018')] // ‘ left single quotation mark
    [InlineData('`')]
    [InlineData('\'')]
    [InlineData('\u02BC')] // ʼ modifier letter apostrophe
    [InlineData('\u2032')] // ′ prime
    [InlineData('\u02BF')] // ʿ ayn in scholarly transliteration
    [InlineData('\u00B4')] // ´ acute accent typed as an apostrophe
    public void Apostrophes_and_modifier_letters_vanish_without_a_word_break(char apostrophe) =>
        Assert.Equal("qalai khumb", NameNormalizer.Normalize($"Qal{apostrophe}ai Khumb"));

    [Theory]
    [InlineData("Qala-i-Zal", "qala i zal")]
    [InlineData("Sher_Khan  Bandar", "sher khan bandar")]
    [InlineData("Kurgan–Tyube", "kurgan tyube")]
    [InlineData(" Imam.Sahib. ", "imam sahib")]
    [InlineData("\tKhorog\u00A0city\n", "khorog city")]
    [InlineData("Khorog (Khorugh)", "khorog khorugh")]
    [InlineData("--", "")]
    public void Hyphens_underscores_dots_and_runs_of_spaces_become_one_space_and_ends_are_trimmed(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_normalises_to_empty(string? name) => Assert.Equal("", NameNormalizer.Normalize(name));

    [Fact]
    public void Cyrillic_letters_keep_their_own_diacritics_for_the_transliterator()
    {
        Assert.Equal("ҷалолиддини балхӣ", NameNormalizer.Normalize("Ҷалолиддини Балхӣ"));
        Assert.Equal("йовон ёл рӯшон", NameNormalizer.Normalize("Йовон Ёл Рӯшон"));
    }

    [Fact]
    public void Decomposed_input_is_composed_first_so_a_short_i_stays_a_short_i()
    {
        // и + combining breve is й typed on a keyboard that decomposes.
        Assert.Equal("мургоб й", NameNormalizer.Normalize("Мургоб \u0438\u0306"));
        Assert.Equal("ishkashim", NameNormalizer.Normalize("Ishka\u0304shim"));
    }

    [Theory]
    [InlineData("كندز", "کندز")] // Arabic kaf → Persian kaf
    [InlineData("شيرخان", "شیرخان")] // Arabic yeh → Persian yeh
    [InlineData("موسى", "موسی")] // alef maksura → Persian yeh
    [InlineData("امـــام صاحب", "امام صاحب")] // tatweel
    [InlineData("رُسْتاق", "رستاق")] // harakat
    [InlineData("قلعة", "قلعه")] // teh marbuta → heh
    [InlineData("قلعهٔ زال", "قلعه زال")] // izafet hamza above
    [InlineData("أفغانستان", "افغانستان")] // alef with hamza
    [InlineData("ولسوالۍ", "ولسوالی")] // Pashto yeh
    [InlineData("۱۲", "12")] // Persian digits
    public void Arabic_script_variants_are_unified(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("شیرخان\u200Cبندر")]
    [InlineData("شیرخان بندر")]
    [InlineData("شیرخان-بندر")]
    public void A_zero_width_non_joiner_is_a_word_break_like_a_space(string name) =>
        Assert.Equal("شیرخان بندر", NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("\u200DKhorog\uFEFF", "khorog")]
    [InlineData("Khorog\u200E", "khorog")]
    public void Invisible_format_chars_vanish(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("Qal'ai-Khumb")]
    [InlineData("Ҷалолиддини Балхӣ")]
    [InlineData("شيرخان‌بندر")]
    [InlineData("  Dŭstī  ")]
    public void Normalising_twice_changes_nothing(string name)
    {
        var once = NameNormalizer.Normalize(name);
        Assert.Equal(once, NameNormalizer.Normalize(once));
    }

    [Fact]
    public void Already_normal_input_comes_back_as_the_same_instance_without_allocating()
    {
        var name = "sher khan bandar";
        NameNormalizer.Normalize(name); // warm up the tables

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = NameNormalizer.Normalize(name);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(name, result);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Normalising_allocates_only_the_result()
    {
        var name = "Qal'ai-Khumb";
        NameNormalizer.Normalize(name);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = NameNormalizer.Normalize(name);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One string object: header, length and chars, rounded up; no builders or arrays.
        Assert.True(allocated <= 32 + 2 * result.Length, $"{allocated} bytes for '{result}'");
    }

    [Fact]
    public void No_single_char_grows_beyond_two_chars()
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var normal = NameNormalizer.Normalize(c.ToString());
            Assert.True(normal.Length <= 2, $"U+{code:X4} became '{normal}'");
        }
    }

    [Fact]
    public void The_span_overload_refuses_a_destination_that_may_be_too_small()
    {
        var destination = new char[3];
        Assert.Throws<ArgumentException>(() => NameNormalizer.Normalize("Khorog", destination));
    }

    [Fact]
    public void The_span_overload_writes_the_same_form()
    {
        var source = "Qalʻai-Khumb";
        var destination = new char[NameNormalizer.MaxOutputLength(source.Length)];
        var written = NameNormalizer.Normalize(source, destination);
        Assert.Equal("qalai khumb", new string(destination, 0, written));
    }
}
