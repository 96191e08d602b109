using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>
/// Russian texts end to end, against the committed geodata. Every text here was invented for the
/// test in the style of a border-service statement; none is copied from a real article.
/// </summary>
public sealed class RussianExtractionTests
{
    private static readonly IncidentExtractor s_extractor = new(Geodata.Gazetteer, Geodata.Border);

    // Thursday 16 May 2024.
    private static readonly DateOnly s_published = new(2024, 5, 16);

    private static GeoparseResult Extract(string text) => s_extractor.Extract(new Article(text, s_published));

    private const string PanjClash =
        "В ночь на 15 мая на участке погранотряда «Пяндж» пограничный наряд вступил в перестрелку с группой вооруженных контрабандистов. " +
        "В ходе боестолкновения один нарушитель был убит, остальные скрылись на афганской стороне. " +
        "Со стороны пограничников потерь нет.";

    [Fact]
    public void An_attack_in_a_far_Afghan_province_named_in_Russian_is_left_out_as_far()
    {
        var result = Extract(
            "Рано утром в среду боевики атаковали один из уездов восточной провинции Нуристан. " +
            "Информации о потерях среди служащих афганских сил пока не поступало.");

        Assert.Empty(result.Incidents);
        Assert.Contains(result.Skipped, s => s.Reason.Contains("Nuristan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Пограничники вступили в перестрелку с контрабандистами 14 мая в районе Шохин.")]
    [InlineData("Нарушители 14 мая пересекли границу у поста № 5, расположенного в районе Кавок Шохинского района Шамсиддина, и открыли огонь.")]
    public void The_Shamsiddin_Shohin_district_is_known_by_the_short_Russian_names_statements_use(string text)
    {
        var incident = Assert.Single(Extract(text).Incidents);
        Assert.Equal(GeoPrecision.District, incident.GeoPrecision);
        Assert.Equal(Countries.Tajikistan, incident.Country);
        Assert.Contains("Shuro-obod", incident.PlaceName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Информации о потерях пока не поступало.", false)]
    [InlineData("Обстоятельства заставили их отступить.", false)]
    [InlineData("Нарушители обстреляли пост пограничников.", true)]
    [InlineData("Бой шёл у заставы «Даркад».", true)]
    public void A_post_or_a_frontier_post_names_the_border_but_words_that_merely_begin_alike_do_not(string sentence, bool border)
    {
        Assert.Equal(border, RussianRoles.NamesTheBorder(sentence));
    }

    [Fact]
    public void A_clash_at_a_detachment_sector_is_one_battle_on_the_Tajik_side_dated_by_the_night()
    {
        var result = Extract(PanjClash);
        Assert.Equal("ru", result.Language);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventType.Battles, incident.EventType);
        Assert.Equal("armed_clash", incident.SubEventType?.Code);
        Assert.Equal(new DateOnly(2024, 5, 15), incident.Date);
        Assert.Equal(TimePrecision.Day, incident.TimePrecision);
        Assert.Equal(Countries.Tajikistan, incident.Country);
        Assert.Equal(Countries.Tajikistan, incident.Border.Side);
        Assert.Equal(GeoPrecision.District, incident.GeoPrecision);
        Assert.Equal("Panj", incident.PlaceName);
        Assert.True(incident.Border.DistanceM < 30_000, $"{incident.PlaceName} is {incident.Border.DistanceM:0} m from the border");
    }

    [Fact]
    public void The_casualty_and_the_guards_are_read_from_the_Russian_text()
    {
        var incident = Assert.Single(Extract(PanjClash).Incidents);
        Assert.Equal(1, incident.Fatalities);
        Assert.Contains("Tajik border guards", incident.Actors);
    }

    [Fact]
    public void A_text_about_drills_gives_no_incident()
    {
        var result = Extract(
            "На полигоне в Пянджском районе прошли тактические учения пограничников. " +
            "В ходе учений условный противник пытался прорваться через границу у Пянджа и был уничтожен.");
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Skipped, s => s.Reason == NonIncidentCues.Drill);
    }

    [Fact]
    public void A_text_naming_only_Kabul_gives_nothing_near_the_border()
    {
        var result = Extract("Вчера в Кабуле прогремел взрыв, погибли трое человек. Ответственность никто не взял.");
        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void A_text_with_a_Latin_only_word_count_is_still_read_in_Russian()
    {
        var result = s_extractor.Extract(new Article("Пограничники задержали двух нарушителей границы у Пянджа 14 мая (Sputnik, ASIA-Plus, TASS).", s_published));
        Assert.Equal("ru", result.Language);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("arrests", incident.SubEventType?.Code);
        Assert.Contains(BorderTag.Crossing, incident.Tags);
        Assert.Equal(new DateOnly(2024, 5, 14), incident.Date);
    }

    [Fact]
    public void Positions_taken_in_one_province_and_an_attack_in_the_next_are_two_incidents()
    {
        var result = Extract(
            "В среду утром экстремисты захватили позиции правительственных сил в приграничном с Таджикистаном уезде Хваджа Гхар провинции Тахар. " +
            "Также в среду боевики атаковали подразделение армии в уезде Дашти-Арчи провинции Кундуз, убив 12 солдат.");

        Assert.Equal(2, result.Incidents.Count);
        Assert.All(result.Incidents, i => Assert.Equal(new DateOnly(2024, 5, 15), i.Date));
    }
}
