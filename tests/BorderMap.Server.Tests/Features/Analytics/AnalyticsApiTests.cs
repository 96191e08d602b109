using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Analytics;

/// <summary>Hotspots, timeline and segments; each test owns a year of incidents so tests do not see each other's.</summary>
public sealed class AnalyticsApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Theory]
    [InlineData("day", "eventType")]
    [InlineData("week", "side")]
    [InlineData("month", "segment")]
    [InlineData("month", "none")]
    public async Task Timeline_sums_equal_the_incident_list_counts(string interval, string splitBy)
    {
        var year = 2001 + interval.Length + splitBy.Length * 7;
        var incidents = AnalyticsFixtures.Scatter(150, seed: year, lon: 70.2, lat: 37.6, spreadDegrees: 0.4, year);
        await AnalyticsFixtures.InsertAsync(app.ConnectionString, incidents);
        const string filter = "types=battles,explosions_remote_violence";
        var period = $"from={year}-02-01&to={year}-10-31";

        var timeline = await app.Client.GetJsonAsync($"/api/v1/analytics/timeline?{period}&{filter}&interval={interval}&splitBy={splitBy}");
        var listed = await app.Client.GetJsonAsync($"/api/v1/incidents?{period}&{filter}&limit=1000");

        var buckets = timeline["buckets"]!.AsArray();
        Assert.Equal(listed["numberReturned"]!.GetValue<int>(), timeline["incidents"]!.GetValue<long>());
        Assert.Equal(timeline["incidents"]!.GetValue<long>(), buckets.Sum(b => b!["incidents"]!.GetValue<long>()));
        Assert.All(buckets, b => Assert.Equal(b!["incidents"]!.GetValue<long>(), b["groups"]!.AsArray().Sum(g => g!["incidents"]!.GetValue<long>())));
        var fatalities = listed["features"]!.AsArray().Sum(f => f!["properties"]!["fatalities"]?.GetValue<int>() ?? 0);
        Assert.Equal(fatalities, timeline["fatalities"]!.GetValue<long>());
        var from = new DateOnly(year, 2, 1);
        Assert.InRange(from, DateOnly.Parse(buckets[0]!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(buckets[0]!["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Timeline_flags_partial_edge_buckets_and_counts_weeks_and_months_at_their_own_precision_or_spread()
    {
        const int year = 2011;
        TestIncident At(int month, int day, short precision, string type = "battles") =>
            new(70.1, 37.5, new DateOnly(year, month, day), type, Fatalities: 7, TimePrecision: precision);
        await AnalyticsFixtures.InsertAsync(app.ConnectionString,
        [
            At(3, 12, 1),                                   // a day in March
            At(4, 1, 3, "riots"), At(4, 1, 3, "riots"),     // April, known to the month
            At(4, 25, 2),                                   // the week of 25 April to 1 May, across two months
            At(3, 1, 3, "protests"),                        // March, known to the month, dated before the period
        ]);
        var period = $"from={year}-03-10&to={year}-05-20&splitBy=none";

        var own = await app.Client.GetJsonAsync($"/api/v1/analytics/timeline?{period}&interval=month");
        var weeks = await app.Client.GetJsonAsync($"/api/v1/analytics/timeline?{period}&interval=week");
        var spread = await app.Client.GetJsonAsync($"/api/v1/analytics/timeline?{period}&interval=month&coarseDates=spread");

        Assert.Equal(["2011-03-01 22 True 1", "2011-04-01 30 False 2", "2011-05-01 20 True 0"], Buckets(own, "buckets"));
        Assert.Equal(["2011-04-25 week 1"], Coarser(own));
        Assert.Equal(4, (double)own["incidents"]!);
        Assert.Equal(["2011-04-01 month 2"], Coarser(weeks));
        Assert.Equal("2011-03-07 4 True 1", Buckets(weeks, "buckets")[0]); // Thursday 10 to Sunday 13 March
        var march = 22 / 31.0 + 1;
        var values = spread["buckets"]!.AsArray().Select(b => (double)b!["incidents"]!).ToArray();
        Assert.Equal([march, 2 + 6 / 7.0, 1 / 7.0], values, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(7 * (march + 3), (double)spread["fatalities"]!, 1e-5);
        Assert.Empty(spread["coarser"]!.AsArray());
    }

    public static TheoryData<string, string> DocumentedOperations => new()
    {
        { "/api/v1/analytics/heatmap", "heatmap" },
        { "/api/v1/analytics/hotspots", "hotspots" },
        { "/api/v1/analytics/timeline", "timeline" },
        { "/api/v1/analytics/segments", "segments" },
        { "/maps/heatmap.png", "map" },
        { "/maps/timeline.png", "map" },
    };

    [Theory]
    [MemberData(nameof(DocumentedOperations))]
    public async Task The_API_document_describes_every_parameter_an_analytics_request_reads(string path, string parser)
    {
        var document = await app.Client.GetJsonAsync("/openapi/v1.json");

        IEnumerable<string> own = parser switch
        {
            "heatmap" => Core.Analytics.HeatmapRequest.Parameters,
            "hotspots" => Core.Analytics.HotspotRequest.Parameters,
            "timeline" => Core.Analytics.TimelineRequest.Parameters,
            "map" => Core.Analytics.MapRequest.Parameters,
            _ => [],
        };
        var read = Core.Queries.IncidentQueryParser.Parameters.Except(["limit", "cursor"]).Concat(own).Order().ToList();
        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal(read, parameters.Select(p => (string)p["name"]!).Order());
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace((string?)p["description"]), $"{p["name"]} has no description"));
        Assert.False(string.IsNullOrWhiteSpace((string?)document["paths"]![path]!["get"]!["summary"]), $"{path} has no summary");
    }

    [Fact]
    public async Task The_API_document_gives_the_defaults_and_units_of_the_analytics_parameters()
    {
        var paths = (await app.Client.GetJsonAsync("/openapi/v1.json"))["paths"]!;
        JsonObject Parameter(string path, string name) =>
            paths[path]!["get"]!["parameters"]!.AsArray().Single(p => (string)p!["name"]! == name)!.AsObject();

        Assert.Equal(10_000, (double)Parameter("/api/v1/analytics/heatmap", "radiusM")["schema"]!["default"]!);
        Assert.Contains("metres", (string)Parameter("/api/v1/analytics/heatmap", "radiusM")["description"]!);
        Assert.Contains("per square metre", (string)Parameter("/api/v1/analytics/heatmap", "output")["description"]!);
        Assert.Equal(2, (int)Parameter("/api/v1/analytics/hotspots", "minPrecision")["schema"]!["default"]!);
        Assert.Equal("observed", (string)Parameter("/api/v1/analytics/hotspots", "studyArea")["schema"]!["default"]!);
        Assert.True((bool)Parameter("/api/v1/analytics/hotspots", "fdr")["schema"]!["default"]!);
        Assert.Equal("own", (string)Parameter("/api/v1/analytics/timeline", "coarseDates")["schema"]!["default"]!);
        Assert.True((bool)Parameter("/api/v1/analytics/segments", "from")["required"]!);
    }

    private static List<string> Buckets(JsonObject timeline, string list) => timeline[list]!.AsArray()
        .Select(b => $"{(string)b!["start"]!} {(int)b["days"]!} {(bool)b["partial"]!} {(double)b["incidents"]!}").ToList();

    private static List<string> Coarser(JsonObject timeline) => timeline["coarser"]!.AsArray()
        .Select(b => $"{(string)b!["start"]!} {(string)b["precision"]!} {(double)b["incidents"]!}").ToList();

    [Fact]
    public async Task Hotspots_over_the_whole_grid_are_hexagons_whose_counts_add_up_and_a_dense_cluster_is_hot()
    {
        const int year = 2003;
        var scattered = AnalyticsFixtures.Scatter(120, seed: 3, lon: 71.0, lat: 37.9, spreadDegrees: 0.5, year).Select(i => i with { Precision = 1 });
        var cluster = Enumerable.Range(0, 80).Select(k => new TestIncident(71.0 + k % 9 * 0.001, 37.9 + k / 9 * 0.001, new DateOnly(year, 6, 1)));
        await AnalyticsFixtures.InsertAsync(app.ConnectionString, [.. scattered, .. cluster]);

        // The whole grid as the study area, so the empty hexagons come back too.
        var hotspots = await app.Client.GetJsonAsync($"/api/v1/analytics/hotspots?from={year}-01-01&to={year}-12-31&sizeM=5000&studyArea=grid");

        var features = hotspots["features"]!.AsArray();
        Assert.Equal(200, features.Sum(f => f!["properties"]!["incidents"]!.GetValue<long>()));
        Assert.Contains(features, f => f!["properties"]!["incidents"]!.GetValue<long>() == 0);
        var busiest = features.MaxBy(f => f!["properties"]!["incidents"]!.GetValue<long>())!;
        Assert.Equal("hot", busiest["properties"]!["class"]!.GetValue<string>());
        Assert.True(busiest["properties"]!["giP"]!.GetValue<double>() < 0.05);
        Assert.Equal("Polygon", busiest["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal(7, busiest["geometry"]!["coordinates"]![0]!.AsArray().Count);
    }

    [Fact]
    public async Task Hexagons_too_small_for_the_area_are_refused_naming_sizeM()
    {
        using var response = await app.Client.GetAsync("/api/v1/analytics/hotspots?bbox=60,30,80,45&sizeM=100");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("sizeM", out _));
    }

    [Fact]
    public async Task Segments_count_the_period_and_the_previous_period_of_the_same_length()
    {
        await AnalyticsFixtures.ExecuteAsync(app.ConnectionString, """
            INSERT INTO border_segments (id, ordinal, name, from_m, to_m, length_m, geom) VALUES
              ('seg-t1', 901, 'Test segment one', 0, 1000, 1000, ST_GeomFromText('LINESTRING(68.0 37.0, 68.1 37.1)', 4326)),
              ('seg-t2', 902, 'Test segment two', 1000, 2000, 1000, ST_GeomFromText('LINESTRING(68.1 37.1, 68.2 37.1)', 4326))
            ON CONFLICT DO NOTHING
            """);
        TestIncident At(int month, int day, string segment, int fatalities) => new(68.05, 37.05, new DateOnly(2005, month, day), Fatalities: fatalities, Segment: segment);
        await AnalyticsFixtures.InsertAsync(app.ConnectionString,
        [
            At(3, 1, "seg-t1", 1), At(3, 31, "seg-t1", 2), At(3, 15, "seg-t2", 0),   // the period: March
            At(1, 30, "seg-t1", 5), At(2, 28, "seg-t2", 1), At(2, 1, "seg-t2", 0),   // the 31 days before it
            At(1, 28, "seg-t1", 9), At(4, 1, "seg-t2", 9),                           // outside both
        ]);

        var segments = await app.Client.GetJsonAsync("/api/v1/analytics/segments?from=2005-03-01&to=2005-03-31");

        var one = Feature(segments, "seg-t1");
        var two = Feature(segments, "seg-t2");
        Assert.Equal((2L, 3L, 1L, 5L, 1L), (Long(one, "incidents"), Long(one, "fatalities"), Long(one, "previousIncidents"), Long(one, "previousFatalities"), Long(one, "change")));
        Assert.Equal((1L, 2L, -1L), (Long(two, "incidents"), Long(two, "previousIncidents"), Long(two, "change")));
        Assert.Equal(-0.5, two["changeRatio"]!.GetValue<double>());
        Assert.Equal("2005-01-29", segments["previousPeriod"]!["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task Segments_without_a_period_are_refused_naming_from_and_to()
    {
        using var response = await app.Client.GetAsync("/api/v1/analytics/segments");

        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _) && errors.TryGetProperty("to", out _));
    }

    private static JsonObject Feature(JsonObject collection, string id) =>
        collection["features"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == id)!["properties"]!.AsObject();

    private static long Long(JsonObject properties, string name) => properties[name]!.GetValue<long>();
}
