using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class TransliteratorTests
{
    [Theory]
    [InlineData("хорог", "khorog")]
    [InlineData("пяндж", "pyandzh")]
    [InlineData("шуроабад", "shuroabad")]
    [InlineData("қалъаи хум", "qalai khum")]
    [InlineData("ишкашим", "ishkashim")]
    [InlineData("мургаб", "murgab")]
    [InlineData("колхозабад", "kolkhozabad")]
    [InlineData("курган тюбе", "kurgan tyube")]
    [InlineData("джиликуль", "dzhilikul")]
    [InlineData("щучье", "shchuchye")]
    [InlineData("сырдарья", "syrdarya")]
    [InlineData("подъезд", "podyezd")]
    [InlineData("нижний пяндж", "nizhniy pyandzh")]
    public void Russian_letters_take_the_spelling_of_english_language_reporting(string cyrillic, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(cyrillic));

    [Theory]
    [InlineData("ҷалолиддини балхӣ", "jaloliddini balkhi")]
    [InlineData("рӯшон", "rushon")]
    [InlineData("ғарм", "gharm")]
    [InlineData("ҳамадонӣ", "hamadoni")]
    [InlineData("қубодиён", "qubodiyon")]
    [InlineData("хоруғ", "khorugh")]
    [InlineData("ванҷ", "vanj")]
    public void Tajik_letters_have_their_own_renderings(string cyrillic, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(cyrillic));

    [Theory]
    [InlineData("ўзбекистон", "uzbekiston")]
    [InlineData("өзгөн", "ozgon")]
    [InlineData("көң", "kong")]
    public void Uzbek_and_kyrgyz_letters_of_pamir_names_are_rendered(string cyrillic, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(cyrillic));

    [Theory]
    [InlineData("елабуга", "yelabuga")]
    [InlineData("душанбе", "dushanbe")]
    [InlineData("заев", "zayev")]
    public void Ye_is_written_where_e_starts_a_syllable(string cyrillic, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(cyrillic));

    [Fact]
    public void Capitals_are_lowered_so_raw_text_is_safe() =>
        Assert.Equal("khorog", Transliterator.ToLatin("ХОРОГ"));

    [Theory]
    [InlineData("khorog")]
    [InlineData("شیرخان بندر")]
    [InlineData("")]
    public void Text_without_cyrillic_comes_back_as_the_same_instance(string text) =>
        Assert.Same(text, Transliterator.ToLatin(text));

    [Fact]
    public void Mixed_script_text_transliterates_only_the_cyrillic() =>
        Assert.Equal("khorugh khorog خاروغ", Transliterator.ToLatin("khorugh хорог خاروغ"));
}
