using BorderMap.Cli.Evaluation;
using BorderMap.Core.Incidents;

namespace BorderMap.Cli.Tests.Evaluation;

public sealed class ScoringTests
{
    private static readonly DateOnly Day = new(2017, 12, 2);

    private static GoldIncident Gold(double lon, double lat, int precision = 2, bool onBorder = true, string type = "battles") =>
        new(Day, "day", type, "armed_clash", "somewhere", lat, lon, "admin:TEST", precision, "TJ", 4, onBorder);

    private static FoundIncident Found(double lon, double lat, DateOnly? date = null, string country = "TJ", string type = "battles") =>
        new(date ?? Day, TimePrecision.Day, type, new GeoPoint(lon, lat), country, GeoPrecision.District, "found");

    private static DevArticle Article(params GoldIncident[] gold) =>
        new("t-1", "https://example.org/a", "Test", "en", new DateOnly(2017, 12, 4), "A test", new string('0', 64), "incident", gold);

    [Fact]
    public void A_report_near_the_gold_incident_is_paired_and_judged()
    {
        var score = Scoring.Score(Article(Gold(70.0, 37.5)), [Found(70.1, 37.5, Day.AddDays(2))]);

        var pair = Assert.Single(score.Pairs);
        Assert.True(pair.PlaceRight); // about 8.8 km
        Assert.False(pair.DateRight);
        Assert.True(pair.SideRight);
        Assert.Empty(score.Missed);
        Assert.Empty(score.Extra);
    }

    [Fact]
    public void A_report_for_an_incident_far_from_the_border_is_an_extra_not_a_pair()
    {
        var score = Scoring.Score(Article(Gold(69.2, 34.5, onBorder: false)), [Found(69.2, 34.5)]);

        Assert.Empty(score.Pairs);
        Assert.Empty(score.Missed);
        Assert.Single(score.Extra);
    }

    [Fact]
    public void Two_reports_of_one_incident_give_one_pair_and_one_extra()
    {
        var score = Scoring.Score(Article(Gold(70.0, 37.5)), [Found(70.0, 37.6), Found(70.0, 37.5)]);

        Assert.Equal(0, Assert.Single(score.Pairs).DistanceM, 1.0);
        Assert.Single(score.Extra);
    }

    [Fact]
    public void Figures_count_precision_recall_and_f1_over_articles()
    {
        var hit = Scoring.Score(Article(Gold(70.0, 37.5)), [Found(70.0, 37.5)]);
        var miss = Scoring.Score(Article(Gold(71.0, 37.0)), []);
        var extra = Scoring.Score(Article(), [Found(68.0, 37.2)]);

        var figures = Figures.Of([hit, miss, extra]);

        Assert.Equal(0.5, figures.Precision);
        Assert.Equal(0.5, figures.Recall);
        Assert.Equal(0.5, figures.F1);
        Assert.Equal(2, figures.Gold);
    }

    [Fact]
    public void A_report_40_km_off_a_district_level_incident_is_the_wrong_place()
    {
        var pair = Assert.Single(Scoring.Score(Article(Gold(70.0, 37.5)), [Found(70.45, 37.5)]).Pairs);

        Assert.False(pair.PlaceRight);
    }

    [Fact]
    public void The_test_part_is_about_a_third_and_stable_by_id()
    {
        var ids = Enumerable.Range(1, 300).Select(i => Article() with { Id = $"x-{i:000}" }).ToList();

        var test = ids.Count(a => a.Part == DevPart.Test);

        Assert.InRange(test, 80, 120);
        Assert.Equal(ids[0].Part, (Article() with { Id = "x-001" }).Part);
    }
}
