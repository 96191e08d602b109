using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>Russian sentences that use incident words without reporting an incident. Every sentence here was written for the test.</summary>
public sealed class RussianCuesTests
{
    private static string? ReasonToSkip(string sentence, bool hasDate = true, bool hasRecentDate = true)
    {
        var trigger = RussianTriggers.Find(sentence);
        Assert.NotEmpty(trigger);
        return RussianCues.ReasonToSkip(sentence, trigger[0].Start, trigger[0].Trigger.Family, hasDate, hasRecentDate);
    }

    [Theory]
    [InlineData("В ходе учений пограничники отразили нападение условного противника.", NonIncidentCues.Drill)]
    [InlineData("На полигоне «Харбмайдон» отработали отражение атаки боевиков.", NonIncidentCues.Drill)]
    [InlineData("Стороны обсудили перестрелки на границе в ходе встречи в Душанбе.", NonIncidentCues.Diplomacy)]
    [InlineData("Министры провели переговоры о столкновениях на границе.", NonIncidentCues.Diplomacy)]
    [InlineData("Участники саммита осудили нападения на пограничников.", NonIncidentCues.Conference)]
    [InlineData("Боевики планируют нападение на заставы.", NonIncidentCues.PlanOrThreat)]
    [InlineData("Талибы пригрозили обстрелом кишлаков.", NonIncidentCues.PlanOrThreat)]
    [InlineData("Перестрелки на этом участке случаются регулярно.", NonIncidentCues.General)]
    [InlineData("По мнению экспертов, нападения на заставы участятся.", NonIncidentCues.Analysis)]
    public void A_sentence_that_only_talks_about_violence_is_skipped_with_its_reason(string sentence, string reason) =>
        Assert.Equal(reason, ReasonToSkip(sentence));

    [Theory]
    [InlineData("На участке заставы «Хирманжо» предотвращена попытка контрабанды наркотиков.")]
    [InlineData("Пограничники пресекли попытку контрабанды оружия.")]
    [InlineData("В ночь на 15 мая на участке заставы произошла перестрелка с контрабандистами.")]
    public void A_foiled_attempt_is_an_incident_not_a_plan(string sentence) =>
        Assert.Null(ReasonToSkip(sentence));

    [Fact]
    public void An_undated_accusation_is_a_statement_but_a_dated_one_is_not()
    {
        const string sentence = "Афганская сторона обвинила пограничников в обстреле кишлака.";
        Assert.Equal(NonIncidentCues.Analysis, ReasonToSkip(sentence, hasDate: false));
        Assert.Null(ReasonToSkip(sentence, hasDate: true));
    }

    [Fact]
    public void Civil_war_history_is_background_unless_a_recent_date_is_given()
    {
        const string sentence = "На мине, оставшейся со времен гражданской войны, подорвался пастух.";
        Assert.Equal(NonIncidentCues.History, ReasonToSkip(sentence, hasRecentDate: false));
        Assert.Null(ReasonToSkip(sentence, hasRecentDate: true));
    }

    [Theory]
    [InlineData("С начала года на границе зафиксировано 12 столкновений.", NonIncidentCues.Aggregate)]
    [InlineData("За прошедший год пограничники задержали 40 нарушителей.", NonIncidentCues.Aggregate)]
    [InlineData("За аналогичный период прошлого года было изъято 373 кг наркотиков.", NonIncidentCues.Aggregate)]
    [InlineData("Напомним, в апреле на этом участке произошла перестрелка.", NonIncidentCues.Recap)]
    [InlineData("Ранее пограничники сообщали о задержании контрабандистов.", NonIncidentCues.Recap)]
    [InlineData("Это первое столкновение с 2021 года.", NonIncidentCues.Recap)]
    public void Statistics_and_recaps_are_background_not_the_news(string sentence, string reason) =>
        Assert.Equal(reason, RussianCues.Background(sentence));

    [Fact]
    public void The_news_itself_is_not_background() =>
        Assert.Null(RussianCues.Background("В ночь на 15 мая на участке заставы произошла перестрелка с контрабандистами."));

    [Theory]
    [InlineData("Боестолкновение произошло в 2019 году.", true)]
    [InlineData("Боестолкновение произошло в 2024 году.", false)]
    public void A_year_before_publication_is_named(string sentence, bool earlier) =>
        Assert.Equal(earlier, RussianCues.NamesEarlierYear(sentence, new DateOnly(2024, 6, 20)));

    [Theory]
    [InlineData("Инцидент произошел на участке заставы «Пяндж».", true)]
    [InlineData("Перестрелка имела место у кишлака.", true)]
    [InlineData("Пограничники задержали трех человек.", false)]
    public void A_sentence_that_refers_back_to_the_event_is_recognised(string sentence, bool refersBack) =>
        Assert.Equal(refersBack, RussianCues.RefersBack(sentence));

    [Theory]
    [InlineData("Огонь был открыт с афганской стороны.", true)]
    [InlineData("Снаряды упали на таджикской территории.", true)]
    [InlineData("Пограничники задержали трех человек.", false)]
    public void Fire_over_the_line_is_cross_border(string sentence, bool crossBorder) =>
        Assert.Equal(crossBorder, RussianCues.IsCrossBorder(sentence));
}
