using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Import;

/// <summary>POST /api/v1/incidents:import with CSV and GeoJSON. The rows are test fixtures, not real incidents.</summary>
public sealed class ImportApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string Header = "event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,time_precision,fatalities,source,notes";

    [Fact]
    public async Task Good_CSV_rows_are_all_stored_including_one_to_geocode_and_a_quoted_comma()
    {
        var before = await app.CountRowsAsync("incidents");
        var csv = string.Join('\n', Header,
            "2022-05-08,Battles,Armed clash,Tajik border guards,Smugglers,Farkhor,37.49,69.40,2,day,2,test fixture,\"fixture, with a comma\"",
            "08 May 2022,Explosions/Remote violence,,,,Kalai-Khumb,,,,,0,test fixture,geocoded from the location");
        var (status, body) = await app.ImportAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, (int?)body["imported"]);
        Assert.Equal(before + 2, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task One_bad_row_stores_nothing_by_default_and_names_its_line()
    {
        var before = await app.CountRowsAsync("incidents");
        var csv = string.Join('\n', Header,
            "2022-05-08,Battles,,,,Farkhor,37.49,69.40,,,,test fixture,",
            "2022-05-09,Picnic,,,,Farkhor,37.49,69.40,,,,test fixture,");
        var (status, body) = await app.ImportAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var rejected = Assert.Single(body["rejected"]!.AsArray())!;
        Assert.Equal(3, (int?)rejected["line"]);
        Assert.Contains("eventType", (string?)rejected["reason"]);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task Partial_mode_stores_the_good_rows_and_lists_the_bad()
    {
        var before = await app.CountRowsAsync("incidents");
        var csv = string.Join('\n', Header,
            "2022-05-08,Battles,,,,Farkhor,37.49,69.40,,,,test fixture,",
            "2022-05-09,Battles,,,,Atlantis,,,,,,test fixture,");
        var (status, body) = await app.ImportAsync(csv, "text/csv", "?mode=partial");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["imported"]);
        Assert.Equal(3, (int?)Assert.Single(body["rejected"]!.AsArray())!["line"]);
        Assert.Equal(before + 1, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task A_CSV_with_a_broken_quote_is_a_problem_and_stores_nothing()
    {
        var before = await app.CountRowsAsync("incidents");
        var csv = string.Join('\n', Header,
            "2022-05-08,Battles,,,,Farkhor,37.49,69.40,,,,test fixture,ok",
            "2022-05-09,Battles,,,,\"Farkhor,37.49,69.40,,,,test fixture,never closed");
        var (status, body) = await app.ImportAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("never closed", (string?)body["rejected"]![0]!["reason"]);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task A_GeoJSON_feature_with_a_polygon_is_a_problem_and_stores_nothing()
    {
        var before = await app.CountRowsAsync("incidents");
        const string geojson = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [69.40, 37.49]},
               "properties": {"date": "2022-05-08", "eventType": "battles", "source": "test fixture"}},
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[69,37],[70,37],[70,38],[69,37]]]},
               "properties": {"date": "2022-05-08", "eventType": "battles"}}
            ]}
            """;
        var (status, body) = await app.ImportAsync(geojson, "application/geo+json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var rejected = Assert.Single(body["rejected"]!.AsArray())!;
        Assert.Equal(4, (int?)rejected["line"]);
        Assert.Contains("Polygon", (string?)rejected["reason"]);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task Good_GeoJSON_features_are_stored()
    {
        const string geojson = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[69.40,37.49]},"properties":{"date":"2022-05-08","eventType":"battles","source":"test fixture"}}]}""";
        var (status, body) = await app.ImportAsync(geojson, "application/geo+json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["imported"]);
    }

    [Theory]
    [InlineData("text/plain", "a,b", 415)]
    [InlineData("text/csv", "", 400)]
    [InlineData("text/csv", "location,latitude\nFarkhor,37", 400)]
    [InlineData("application/geo+json", "{\"type\":\"FeatureCollection\",\"features\":[", 400)]
    public async Task Unreadable_files_are_problems(string contentType, string body, int status)
    {
        var (actual, _) = await app.ImportAsync(body, contentType);
        Assert.Equal(status, (int)actual);
    }
}
