using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class LexiconTests
{
    [Fact]
    public void A_Cyrillic_text_is_read_in_Russian() =>
        Assert.Same(Lexicon.Russian, Lexicon.Detect("В ночь на 15 мая на участке погранотряда «Пяндж» произошла перестрелка (Sputnik)."));

    [Fact]
    public void An_English_text_quoting_a_Russian_name_stays_English() =>
        Assert.Same(Lexicon.English, Lexicon.Detect("Guards of the Panj detachment («Пяндж») clashed with smugglers on Saturday."));

    [Fact]
    public void A_text_without_letters_is_read_in_English() =>
        Assert.Same(Lexicon.English, Lexicon.Detect("15.05.2024 — 40"));

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    public void A_language_code_names_its_lexicon_in_any_case(string code, string language) =>
        Assert.Equal(language, Lexicon.For(code)?.Language);

    [Theory]
    [InlineData("de")]
    [InlineData("tg")]
    [InlineData("")]
    public void A_language_BorderMap_does_not_read_has_no_lexicon(string code) =>
        Assert.Null(Lexicon.For(code));

    [Fact]
    public void An_article_naming_its_language_is_read_in_it_whatever_its_letters()
    {
        var published = new DateOnly(2024, 5, 16);
        Assert.Same(Lexicon.Russian, IncidentExtractor.LexiconOf(new Article("Guards clashed.", published, Language: "ru")));
        Assert.Same(Lexicon.Russian, IncidentExtractor.LexiconOf(new Article("Пограничники задержали нарушителей.", published, Language: "de")));
    }
}
