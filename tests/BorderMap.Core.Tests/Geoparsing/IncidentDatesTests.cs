using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class IncidentDatesTests
{
    // Friday 13 May 2022, the seed article's publication date.
    private static readonly DateOnly s_published = new(2022, 5, 13);

    [Theory]
    [InlineData("On May 8, rockets were fired.", "2022-05-08", TimePrecision.Day)]
    [InlineData("On 8 May 2022 rockets were fired.", "2022-05-08", TimePrecision.Day)]
    [InlineData("Rockets were fired on 2022-05-08.", "2022-05-08", TimePrecision.Day)]
    [InlineData("Rockets were fired on 08.05.2022.", "2022-05-08", TimePrecision.Day)]
    [InlineData("Rockets were fired on Monday.", "2022-05-09", TimePrecision.Day)]
    [InlineData("Rockets were fired on Friday.", "2022-05-13", TimePrecision.Day)]
    [InlineData("Rockets were fired last Friday.", "2022-05-06", TimePrecision.Day)]
    [InlineData("Rockets were fired yesterday.", "2022-05-12", TimePrecision.Day)]
    [InlineData("Rockets were fired overnight.", "2022-05-12", TimePrecision.Day)]
    [InlineData("Rockets were fired three days ago.", "2022-05-10", TimePrecision.Day)]
    [InlineData("Rockets were fired last week.", "2022-05-02", TimePrecision.Week)]
    [InlineData("Rockets were fired earlier this month.", "2022-05-01", TimePrecision.Month)]
    [InlineData("Rockets were fired in April.", "2022-04-01", TimePrecision.Month)]
    [InlineData("Rockets were fired on December 30.", "2021-12-30", TimePrecision.Day)]
    public void A_date_expression_resolves_against_the_publication_date(string sentence, string expected, TimePrecision precision)
    {
        var date = Assert.Single(IncidentDates.Find(sentence, s_published));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void A_dateline_and_the_day_officials_spoke_give_way_to_the_day_of_the_clash()
    {
        const string sentence = "DUSHANBE, May 13 — Border guards clashed with smugglers on Tuesday, officials said on Thursday.";
        var dates = IncidentDates.Find(sentence, s_published);
        var chosen = IncidentDates.Choose(dates, sentence, sentence.IndexOf("clashed", StringComparison.Ordinal), s_published);
        Assert.Equal(new DateOnly(2022, 5, 10), chosen?.Date);
    }

    [Theory]
    [InlineData("Sources told the newspaper on Friday (October 21st) that 21 fighters were killed.", true)]
    [InlineData("Fighters were killed on Thursday (October 20th), sources told the newspaper.", false)]
    public void The_day_a_source_spoke_is_marked_as_said(string sentence, bool said)
    {
        var published = new DateOnly(2022, 10, 21);
        var dates = IncidentDates.Find(sentence, published);
        var chosen = IncidentDates.Choose(dates, sentence, sentence.IndexOf("killed", StringComparison.Ordinal), published);
        Assert.Equal(said, chosen?.Said);
    }

    [Theory]
    [InlineData("Taliban kill dozens of police Reviewed by Some Blogger on March 31, 2020 Rating: 5")]
    [InlineData("Police were killed in an ambush. Posted on March 31, 2020")]
    public void A_byline_date_is_page_furniture_not_the_day_of_the_incident(string sentence)
    {
        var published = new DateOnly(2020, 3, 31);
        var dates = IncidentDates.Find(sentence, published);
        Assert.Null(IncidentDates.Choose(dates, sentence, sentence.IndexOf("kill", StringComparison.Ordinal), published));
    }

    [Fact]
    public void A_date_after_publication_is_never_chosen()
    {
        const string sentence = "Leaders will meet on 16 May 2022 after the clash.";
        var dates = IncidentDates.Find(sentence, s_published);
        Assert.Null(IncidentDates.Choose(dates, sentence, 0, s_published));
    }
}
