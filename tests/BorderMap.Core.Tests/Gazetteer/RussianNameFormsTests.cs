using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class RussianNameFormsTests
{
    [Theory]
    [InlineData("Хороге", "Хорог")]
    [InlineData("Шерхан-Бандара", "Шерхан-Бандар")]
    [InlineData("Пянджского", "Пяндж")]
    [InlineData("Хамадонийском", "Хамадони")]
    public void A_declined_name_gives_its_nominative_first(string declined, string nominative) =>
        Assert.Equal(nominative, RussianNameForms.Candidates(declined)[0]);

    [Theory]
    [InlineData("Хороге", "Хорог")]
    [InlineData("Шерхан-Бандара", "Шерхан-Бандар")]
    [InlineData("Москве", "Москва")]
    [InlineData("Пянджского", "Пяндж")]
    [InlineData("Хамадонийском", "Хамадони")]
    [InlineData("Шамсиддин-Шохинском", "Шамсиддин-Шохин")]
    public void A_declined_name_is_tried_in_its_nominative(string declined, string nominative) =>
        Assert.Contains(nominative, RussianNameForms.Candidates(declined));

    [Theory]
    [InlineData("Khorog")]
    [InlineData("Sherkhan Bandar")]
    public void A_latin_name_gives_no_candidates(string name) =>
        Assert.Empty(RussianNameForms.Candidates(name));

    [Theory]
    [InlineData("Уба")]
    [InlineData("Ош")]
    [InlineData("Айни")]
    public void A_short_name_is_never_cut_below_three_letters(string name) =>
        Assert.All(RussianNameForms.Candidates(name), c => Assert.True(c.Length >= 3, $"{name} gave {c}"));

    [Fact]
    public void A_three_letter_name_keeps_its_ending()
    {
        Assert.Empty(RussianNameForms.Candidates("Уба"));
        Assert.Empty(RussianNameForms.Candidates("Ош"));
    }

    [Fact]
    public void A_name_already_in_the_nominative_is_not_among_its_own_candidates()
    {
        var candidates = RussianNameForms.Candidates("Москва");
        Assert.Contains("Москв", candidates);
        Assert.DoesNotContain("Москва", candidates);
    }
}
