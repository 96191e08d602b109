using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>The Russian words around toponyms and country names. Every sentence here was written for the test.</summary>
public sealed class RussianRolesTests
{
    // Roles read only the words around the mention, so a mention without gazetteer options is enough.
    private static MentionRole RoleOf(string sentence, string toponym)
    {
        var start = sentence.IndexOf(toponym, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{toponym} is not in the sentence");
        return RussianRoles.Of(sentence, new ToponymMention(start, start + toponym.Length, toponym, AdminUnit.None, [], 0, 0));
    }

    [Theory]
    [InlineData("Перестрелка произошла в районе кишлака Шохон.", "Шохон", MentionRole.Near)]
    [InlineData("Перестрелка произошла в районе Шохона.", "Шохона", MentionRole.Near)]
    [InlineData("Нарушители задержаны на участке отряда «Пяндж».", "Пяндж", MentionRole.Near)]
    [InlineData("Нарушители задержаны на участке погранотряда «Шуроабад».", "Шуроабад", MentionRole.Near)]
    [InlineData("Нарушители задержаны у Пянджа, на участке заставы.", "Пянджа", MentionRole.Location)]
    [InlineData("Огонь велся из Шерхан-Бандара.", "Шерхан-Бандара", MentionRole.Origin)]
    [InlineData("Раненый пограничник доставлен в больницу Куляба.", "Куляба", MentionRole.Excluded)]
    [InlineData("Задержанный оказался уроженцем Кундуза.", "Кундуза", MentionRole.Excluded)]
    [InlineData("Взрыв произошел в Хороге.", "Хороге", MentionRole.Location)]
    [InlineData("В Хороге сообщили о перестрелке у заставы.", "Хороге", MentionRole.Source)]
    [InlineData("ДУШАНБЕ, 5 фев — Sputnik. Обстрел заставы.", "ДУШАНБЕ", MentionRole.Source)]
    public void A_toponym_takes_its_role_from_the_words_around_it(string sentence, string toponym, MentionRole role) =>
        Assert.Equal(role, RoleOf(sentence, toponym));

    [Theory]
    [InlineData("Огонь был открыт с афганской стороны.", Countries.Afghanistan, CountryCueKind.Origin)]
    [InlineData("Обстрел велся с территории Афганистана.", Countries.Afghanistan, CountryCueKind.Origin)]
    [InlineData("Взрыв прогремел на таджикской территории.", Countries.Tajikistan, CountryCueKind.Target)]
    [InlineData("Снаряд упал в Таджикистане.", Countries.Tajikistan, CountryCueKind.Target)]
    [InlineData("Боевики укрылись в кишлаке афганской провинции Бадахшан.", Countries.Afghanistan, CountryCueKind.Qualifier)]
    [InlineData("Таджикские пограничники открыли ответный огонь.", Countries.Tajikistan, CountryCueKind.Actor)]
    public void A_country_word_is_read_as_origin_target_qualifier_or_actor(string sentence, string country, CountryCueKind kind)
    {
        var cue = Assert.Single(RussianRoles.Countries(sentence));
        Assert.Equal(country, cue.Country);
        Assert.Equal(kind, cue.Kind);
    }

    [Fact]
    public void Fire_from_one_bank_onto_the_other_gives_both_cues_in_text_order()
    {
        var cues = RussianRoles.Countries("С афганской стороны был открыт огонь по таджикской территории, снаряды упали на таджикской стороне.");
        Assert.Equal(new[] { CountryCueKind.Origin, CountryCueKind.Target }, cues.Select(c => c.Kind).Distinct());
        Assert.Equal(Countries.Afghanistan, cues[0].Country);
        Assert.All(cues.Skip(1), c => Assert.Equal(Countries.Tajikistan, c.Country));
    }

    [Theory]
    [InlineData("Перестрелка произошла на таджикско-афганской границе.", true)]
    [InlineData("Нарушители переправились через Пяндж.", true)]
    [InlineData("Перестрелка произошла в центре Кабула.", false)]
    public void Border_words_are_recognised(string sentence, bool names) =>
        Assert.Equal(names, RussianRoles.NamesTheBorder(sentence));
}
