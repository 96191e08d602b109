using BorderMap.Core.Alerts;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests.Alerts;

public sealed class RuleAreaIndexTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly IReadOnlySet<string> AnyType = new HashSet<string>();

    private static Polygon Square(double minLon, double minLat, double size) => Factory.CreatePolygon(
    [
        new(minLon, minLat), new(minLon + size, minLat), new(minLon + size, minLat + size), new(minLon, minLat + size), new(minLon, minLat),
    ]);

    private static Dictionary<(long, DateOnly), (int, int)> Count(IReadOnlyCollection<RuleArea> rules, IEnumerable<CountedIncident> incidents)
    {
        var index = new RuleAreaIndex(rules);
        foreach (var incident in incidents) index.Add(incident);
        return index.Tallies().ToDictionary(t => (t.RuleId, t.Tally.Window.Start), t => (t.Tally.Count, t.Tally.Fatalities));
    }

    [Fact]
    public void Incidents_count_into_the_window_of_each_rule_whose_area_holds_them()
    {
        var rules = new[]
        {
            new RuleArea(1, Square(69, 37, 1), AnyType, 7, DateOnly.MinValue),
            new RuleArea(2, Square(69.5, 37.5, 1), new HashSet<string> { "battles" }, 1, DateOnly.MinValue),
        };
        var may8 = new DateOnly(2022, 5, 8);
        var tallies = Count(rules,
        [
            new(may8, 69.7, 37.7, "battles", 2),    // both
            new(may8, 69.7, 37.7, "riots", null),   // rule 1 only: rule 2 counts battles
            new(may8, 69.2, 37.2, "battles", 5),    // rule 1 only: outside rule 2's square
            new(may8, 71.0, 37.2, "battles", 1),    // neither
        ]);

        var week = AlertWindow.Containing(may8, 7).Start;
        Assert.Equal((3, 7), tallies[(1, week)]);
        Assert.Equal((1, 2), tallies[(2, may8)]);
        Assert.Equal(2, tallies.Count);
    }

    [Fact]
    public void A_point_on_the_boundary_counts_as_PostGIS_ST_Intersects_counts_it()
    {
        var rules = new[] { new RuleArea(1, Square(69, 37, 1), AnyType, 1, DateOnly.MinValue) };
        var day = new DateOnly(2023, 1, 1);
        var tallies = Count(rules, [new(day, 69, 37.5, "battles", null), new(day, 70, 38, "battles", null), new(day, 70.000001, 38, "battles", null)]);
        Assert.Equal((2, 0), tallies[(1, day)]);
    }

    [Fact]
    public void Incidents_before_a_rule_counts_from_are_left_out_of_that_rule_only()
    {
        var from = AlertWindow.Containing(new DateOnly(2024, 3, 1), 7).Start;
        var rules = new[]
        {
            new RuleArea(1, Square(69, 37, 1), AnyType, 7, from),
            new RuleArea(2, Square(69, 37, 1), AnyType, 7, DateOnly.MinValue),
        };
        var before = from.AddDays(-1);
        var tallies = Count(rules, [new(before, 69.5, 37.5, "battles", null), new(from, 69.5, 37.5, "battles", null)]);

        Assert.False(tallies.ContainsKey((1, AlertWindow.Containing(before, 7).Start)));
        Assert.Equal((1, 0), tallies[(1, from)]);
        Assert.Equal((1, 0), tallies[(2, AlertWindow.Containing(before, 7).Start)]);
        Assert.Equal(DateOnly.MinValue, new RuleAreaIndex(rules).EarliestCountFrom);
        Assert.Equal(from, new RuleAreaIndex([rules[0]]).EarliestCountFrom);
        Assert.Equal(new Envelope(69, 70, 37, 38), new RuleAreaIndex(rules).Envelope);
    }

    [Fact]
    public void Random_rules_and_points_tally_as_a_plain_intersects_test_over_every_pair_does()
    {
        var random = new Random(20261128);
        var rules = Enumerable.Range(1, 60).Select(id =>
        {
            var centre = Factory.CreatePoint(new Coordinate(68 + random.NextDouble() * 6, 36 + random.NextDouble() * 3));
            var area = random.Next(3) == 0 ? Square(centre.X, centre.Y, 0.2 + random.NextDouble()) : centre.Buffer(0.05 + random.NextDouble() * 0.5, 8);
            IReadOnlySet<string> types = random.Next(2) == 0 ? AnyType : new HashSet<string> { random.Next(2) == 0 ? "battles" : "riots" };
            return new RuleArea(id, area, types, new[] { 1, 7, 30 }[random.Next(3)], new DateOnly(2020, 1, 1).AddDays(random.Next(400)));
        }).ToList();
        var types = new[] { "battles", "riots", "protests" };
        var incidents = Enumerable.Range(0, 20_000).Select(_ => new CountedIncident(
            new DateOnly(2020, 1, 1).AddDays(random.Next(730)), 68 + random.NextDouble() * 7, 36 + random.NextDouble() * 4,
            types[random.Next(3)], random.Next(4) == 0 ? null : random.Next(10))).ToList();

        var expected = new Dictionary<(long, DateOnly), (int, int)>();
        foreach (var rule in rules)
        foreach (var incident in incidents)
        {
            if (incident.Date < rule.CountFrom || (rule.EventTypes.Count > 0 && !rule.EventTypes.Contains(incident.EventType))) continue;
            if (!rule.Area.Intersects(Factory.CreatePoint(new Coordinate(incident.Lon, incident.Lat)))) continue;
            var key = (rule.RuleId, AlertWindow.Containing(incident.Date, rule.WindowDays).Start);
            var (count, fatalities) = expected.GetValueOrDefault(key);
            expected[key] = (count + 1, fatalities + (incident.Fatalities ?? 0));
        }

        Assert.True(expected.Count > 1_000, $"only {expected.Count} windows: the random case is too thin to compare");
        Assert.Equal(expected.OrderBy(e => e.Key), Count(rules, incidents).OrderBy(e => e.Key));
    }

    [Fact]
    public void Given_only_some_windows_it_counts_those_and_answers_zero_for_empty_ones()
    {
        var rules = new[] { new RuleArea(1, Square(69, 37, 1), AnyType, 7, DateOnly.MinValue), new RuleArea(2, Square(69, 37, 1), AnyType, 7, DateOnly.MinValue) };
        var week = AlertWindow.Containing(new DateOnly(2024, 6, 5), 7);
        var empty = week.Before(3);
        var index = new RuleAreaIndex(rules, new HashSet<(long, DateOnly)> { (1, week.Start), (1, empty.Start) });
        index.Add(new(week.Start, 69.5, 37.5, "battles", 4));
        index.Add(new(week.Before(1).Start, 69.5, 37.5, "battles", 4));

        Assert.Equal(new WindowTally(week, 1, 4), index.TallyOf(1, week));
        Assert.Equal(new WindowTally(empty, 0, 0), index.TallyOf(1, empty));
        Assert.Equal(new WindowTally(week, 0, 0), index.TallyOf(2, week));
        Assert.Single(index.Tallies());
    }

    [Fact]
    public void Covering_ranges_merge_overlapping_and_touching_windows_and_keep_gaps()
    {
        var d = new DateOnly(2024, 1, 1);
        var week = AlertWindow.Containing(d, 7);
        var day = AlertWindow.Containing(week.Start.AddDays(3), 1);
        var nextWeek = week.Before(-1);
        var later = AlertWindow.Containing(d.AddDays(100), 30);
        Assert.Equal([(week.Start, nextWeek.End), (later.Start, later.End)], RuleAreaIndex.CoveringRanges([later, day, nextWeek, week]));
        Assert.Empty(RuleAreaIndex.CoveringRanges([]));
    }
}
