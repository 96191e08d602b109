using BorderMap.Cli.Evaluation;
using BorderMap.Cli.Samples;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Cli.Tests.Samples;

public sealed class RealIncidentsTests
{
    private static readonly DateOnly Day = new(2025, 12, 24);

    private static GoldIncident Gold(double lon, double lat, DateOnly? date = null, string precision = "day", int geoPrecision = 2,
        string type = "battles", string sub = "armed_clash", int? fatalities = null, string side = "TJ", bool onBorder = true, string[]? actors = null) =>
        new(date ?? Day, precision, type, sub, $"near {lon},{lat}", lat, lon, "admin:TEST", geoPrecision, side, fatalities, onBorder, actors);

    private static DevArticle Article(string id, DateOnly published, params GoldIncident[] gold) =>
        new(id, $"https://example.org/{id}", $"Outlet {id}", "en", published, $"Title {id}", new string('0', 64), "incident", gold);

    private static Account Only(DevArticle article) => new(article, Assert.Single(article.Incidents));

    [Fact]
    public void Two_articles_on_one_clash_give_one_event_with_both_accounts()
    {
        var events = RealIncidents.Group([
            Article("a", Day.AddDays(1), Gold(69.9, 37.5)),
            Article("b", Day.AddDays(2), Gold(69.95, 37.55, Day.AddDays(-1))),
        ]);

        Assert.Equal(2, Assert.Single(events).Count);
    }

    [Fact]
    public void Clashes_a_week_apart_or_on_either_side_or_of_another_type_stay_apart()
    {
        var events = RealIncidents.Group([
            Article("a", Day, Gold(69.9, 37.5)),
            Article("b", Day, Gold(69.9, 37.5, Day.AddDays(-7))),
            Article("c", Day, Gold(69.9, 37.5, side: "AF")),
            Article("d", Day, Gold(69.9, 37.5, type: "strategic_developments", sub: "other")),
            Article("e", Day, Gold(71.5, 37.5)),
        ]);

        Assert.Equal(5, events.Count);
    }

    [Fact]
    public void Accounts_are_not_chained_into_one_event_through_a_vague_one()
    {
        // "b" (a province, no date) is compatible with both clashes, which are 60 km apart: it joins
        // the first, and the second stays an event of its own.
        var events = RealIncidents.Group([
            Article("a", Day, Gold(69.5, 37.5)),
            Article("b", Day, Gold(69.8, 37.5, precision: "none", geoPrecision: 3)),
            Article("c", Day, Gold(70.2, 37.5)),
        ]);

        Assert.Equal(2, events.Count);
        Assert.Equal(["a", "b"], events[0].Select(a => a.Article.Id));
    }

    [Fact]
    public void Incidents_far_from_the_border_are_left_out()
    {
        Assert.Empty(RealIncidents.Group([Article("a", Day, Gold(69.2, 34.5, onBorder: false))]));
    }

    [Fact]
    public void The_event_takes_the_most_specific_place_the_voted_day_and_the_lowest_fatalities()
    {
        var accounts = new[]
        {
            Only(Article("late", Day.AddDays(3), Gold(69.9, 37.5, geoPrecision: 1, fatalities: 5))),
            Only(Article("first", Day.AddDays(1), Gold(69.5, 37.4, geoPrecision: 3, fatalities: 4, actors: ["Border Guards", "Smugglers"]))),
            Only(Article("third", Day.AddDays(2), Gold(69.6, 37.4, Day.AddDays(-1), fatalities: 6))),
            Only(Article("fourth", Day.AddDays(2), Gold(69.6, 37.4, precision: "week"))),
        };

        var input = RealIncidentInput.From(accounts);

        Assert.Equal(new Coordinate(69.9, 37.5), ((Point)input.Geometry!).Coordinate);
        Assert.Equal(1, input.GeoPrecision);
        Assert.Equal("2025-12-24", input.Date); // two accounts say the 24th, one the 23rd
        Assert.Equal("day", input.TimePrecision);
        Assert.Equal(4, input.Fatalities);
        Assert.Equal(["Border Guards", "Smugglers"], input.Actors);
        Assert.Equal("Outlet first, 2025-12-25: Title first", input.Source);
        Assert.Equal("https://example.org/first", input.SourceUrl);
        Assert.Contains("Also reported by: Outlet fourth, 2025-12-26: Title fourth <https://example.org/fourth>; Outlet third, 2025-12-26: Title third <https://example.org/third>; Outlet late", input.Notes);
        Assert.Contains("Accounts differ on fatalities (the lowest is kept, as ACLED does): 5 (Outlet late), 4 (Outlet first), 6 (Outlet third)", input.Notes);
        Assert.Contains("Accounts differ on the date", input.Notes);
        Assert.NotNull(input.Validate(Day.AddDays(10)));
    }

    [Fact]
    public void An_undated_event_is_kept_at_week_precision_on_its_publication_day()
    {
        var article = Article("a", Day, Gold(69.9, 37.5, precision: "none"));

        var input = RealIncidentInput.From([Only(article)]);

        Assert.Equal(("2025-12-24", "week"), (input.Date, input.TimePrecision));
        Assert.DoesNotContain("Also reported by", input.Notes);
    }

    [Fact]
    public void The_committed_sample_file_is_the_compilation_of_the_committed_development_set()
    {
        var root = BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!;
        var articles = DevSet.Load(DevSet.FolderIn(root));

        var compiled = RealIncidentsFile.Compile(RealIncidents.Group(articles));

        Assert.Equal(compiled, File.ReadAllText(Path.Combine(root, "geodata", "samples", RealIncidentsFile.Name)));
    }
}
