using System.Globalization;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class RussianDatesTests
{
    // Thursday 20 June 2024.
    private static readonly DateOnly s_published = new(2024, 6, 20);

    [Theory]
    [InlineData("Перестрелка произошла 20 июня.", "2024-06-20", TimePrecision.Day)]
    [InlineData("Перестрелка произошла 21 июня.", "2023-06-21", TimePrecision.Day)]
    [InlineData("Перестрелка произошла 3 января 2019 года.", "2019-01-03", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в ночь на 15 мая.", "2024-05-15", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в ночь с 14 на 15 мая.", "2024-05-14", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в субботу.", "2024-06-15", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в прошлую субботу.", "2024-06-15", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в ночь на субботу.", "2024-06-15", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в ночь с пятницы на субботу.", "2024-06-14", TimePrecision.Day)]
    [InlineData("Перестрелка произошла минувшей ночью.", "2024-06-20", TimePrecision.Day)]
    [InlineData("Перестрелка произошла вчера.", "2024-06-19", TimePrecision.Day)]
    [InlineData("Накануне на заставе произошла перестрелка.", "2024-06-19", TimePrecision.Day)]
    [InlineData("Перестрелка произошла на прошлой неделе.", "2024-06-10", TimePrecision.Week)]
    [InlineData("Перестрелка произошла в мае.", "2024-05-01", TimePrecision.Month)]
    [InlineData("Перестрелка произошла в июле.", "2023-07-01", TimePrecision.Month)]
    [InlineData("Перестрелка произошла 03.01.2019.", "2019-01-03", TimePrecision.Day)]
    [InlineData("Бои шли 14–15 мая.", "2024-05-14", TimePrecision.Day)]
    [InlineData("Бои шли 14-15 мая 2023 года.", "2023-05-14", TimePrecision.Day)]
    [InlineData("Перестрелка произошла в конце прошлой недели.", "2024-06-10", TimePrecision.Week)]
    public void A_Russian_date_expression_resolves_against_the_publication_date(string sentence, string expected, TimePrecision precision)
    {
        var date = Assert.Single(RussianDates.Find(sentence, s_published));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("в субботу", "2024-06-22")]
    [InlineData("в прошлую субботу", "2024-06-15")]
    [InlineData("в ночь на субботу", "2024-06-22")]
    public void A_weekday_said_on_that_weekday_is_today_unless_it_is_the_last_one(string words, string expected)
    {
        var saturday = new DateOnly(2024, 6, 22);
        var date = Assert.Single(RussianDates.Find($"Перестрелка произошла {words}.", saturday));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date.Date);
    }

    [Fact]
    public void A_night_dated_by_its_morning_is_explicit_and_a_weekday_is_not()
    {
        Assert.True(Assert.Single(RussianDates.Find("Обстрел начался в ночь на 15 мая.", s_published)).Explicit);
        Assert.False(Assert.Single(RussianDates.Find("Обстрел начался в субботу.", s_published)).Explicit);
    }

    [Fact]
    public void A_dateline_is_passed_over_when_another_date_is_given()
    {
        const string sentence = "ДУШАНБЕ, 5 января — Sputnik. Пограничники вступили в перестрелку с контрабандистами 3 января.";
        var published = new DateOnly(2024, 1, 5);
        var dates = RussianDates.Find(sentence, published);
        Assert.Equal(2, dates.Count);
        var chosen = RussianDates.Choose(dates, sentence, sentence.IndexOf("перестрелку", StringComparison.Ordinal), published);
        Assert.Equal(new DateOnly(2024, 1, 3), chosen?.Date);
    }

    [Fact]
    public void An_explicit_date_beats_a_nearer_relative_one()
    {
        const string sentence = "Накануне пограничники рассказали о перестрелке, которая случилась 2 января.";
        var published = new DateOnly(2024, 1, 5);
        var dates = RussianDates.Find(sentence, published);
        Assert.Equal(2, dates.Count);
        var chosen = RussianDates.Choose(dates, sentence, sentence.IndexOf("перестрелке", StringComparison.Ordinal), published);
        Assert.Equal(new DateOnly(2024, 1, 2), chosen?.Date);
    }

    [Fact]
    public void The_day_something_was_reported_gives_way_to_the_day_it_happened()
    {
        const string sentence = "Об обстреле заставы 3 января пограничная служба сообщила 4 января.";
        var published = new DateOnly(2024, 1, 5);
        var dates = RussianDates.Find(sentence, published);
        var chosen = RussianDates.Choose(dates, sentence, sentence.IndexOf("обстреле", StringComparison.Ordinal), published);
        Assert.Equal(new DateOnly(2024, 1, 3), chosen?.Date);
    }

    [Fact]
    public void A_date_after_publication_is_never_chosen()
    {
        const string sentence = "Стороны встретятся 25 июня 2024 года после перестрелки.";
        var dates = RussianDates.Find(sentence, s_published);
        Assert.Single(dates);
        Assert.Null(RussianDates.Choose(dates, sentence, 0, s_published));
    }
}
