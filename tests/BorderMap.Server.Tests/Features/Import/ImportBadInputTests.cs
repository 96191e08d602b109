using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Import;

/// <summary>
/// The import refuses what POST /api/v1/incidents refuses (issue 17): each bad feature or row is
/// listed with its line and the member it gets wrong, never stored, never a 500; declared charsets
/// are honoured or refused (415). The rows are test fixtures, not real incidents.
/// </summary>
public sealed class ImportBadInputTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string Good = """{"type":"Feature","geometry":{"type":"Point","coordinates":[69.4,37.49]},"properties":{"date":"2022-05-08","eventType":"battles","source":"test fixture"}}""";

    public static TheoryData<string, string, string> Features => new()
    {
        // name, the bad feature, what its rejection must name
        { "a third coordinate that is not a number", Good.Replace("[69.4,37.49]", "[69.4,37.49,\"x\"]"), "geometry" },
        { "five coordinates", Good.Replace("[69.4,37.49]", "[69.4,37.49,0,0,0]"), "geometry" },
        { "a legacy crs in the geometry", Good.Replace("\"type\":\"Point\",", "\"type\":\"Point\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},"), "crs" },
        { "a legacy crs on the feature", Good.Replace("{\"type\":\"Feature\",", "{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},"), "crs" },
        { "an unknown property", Good.Replace("\"source\":", "\"severity\":\"high\",\"source\":"), "severity" },
        { "a lone surrogate escape", Good.Replace("\"test fixture\"", "\"test \\ud83d fixture\""), "source" },
        { "CR LF in sourceUrl", Good.Replace("\"source\":", "\"sourceUrl\":\"https://example.org/a\\r\\nSet-Cookie: x=1\",\"source\":"), "sourceUrl" },
        { "LF in placeName", Good.Replace("\"source\":", "\"placeName\":\"Farkhor\\nDistrict\",\"source\":"), "placeName" },
        { "a number as a string", Good.Replace("\"source\":", "\"fatalities\":\"3\",\"source\":"), "fatalities" },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public async Task A_feature_POST_would_refuse_is_rejected_by_line_and_nothing_is_stored(string name, string feature, string named)
    {
        var before = await app.CountRowsAsync("incidents");
        var (status, body) = await app.ImportAsync($"{{\"type\":\"FeatureCollection\",\"features\":[\n{Good},\n{feature}\n]}}", "application/geo+json");

        Assert.True(status == HttpStatusCode.UnprocessableEntity, $"{name}: {(int)status} {body}");
        var rejected = Assert.Single(body["rejected"]!.AsArray())!;
        Assert.Equal(3, (int?)rejected["line"]);
        Assert.Contains(named, (string?)rejected["reason"]);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task A_FeatureCollection_with_a_legacy_crs_is_refused_whole()
    {
        var (status, body) = await app.ImportAsync(
            $"{{\"type\":\"FeatureCollection\",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}}},\"features\":[{Good}]}}", "application/geo+json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("crs", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_CSV_row_with_a_line_break_in_its_location_is_rejected_naming_it()
    {
        const string csv = "event_date,event_type,latitude,longitude,location,source\n"
                           + "2022-05-08,Battles,37.49,69.4,Farkhor,test fixture\n"
                           + "2022-05-08,Battles,37.49,69.4,\"Farkhor\r\nSet-Cookie: x=1\",test fixture\n";
        var (status, body) = await app.ImportAsync(csv);

        Assert.True(status == HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        var rejected = Assert.Single(body["rejected"]!.AsArray())!;
        Assert.Equal(3, (int?)rejected["line"]);
        Assert.Contains("placeName", (string?)rejected["reason"]);
    }

    [Fact]
    public async Task A_CSV_declared_iso_8859_1_is_read_as_iso_8859_1()
    {
        var csv = "event_date,event_type,latitude,longitude,location,source\n2022-05-08,Battles,37.49,69.4,Qal\u00e9h-ye Test,test fixture\n";
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(csv));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/csv; charset=iso-8859-1");
        using var response = await app.Client.PostAsync("/api/v1/incidents:import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1L, await app.ScalarAsync<long>("SELECT count(*) FROM incidents WHERE place_name = $1", "Qal\u00e9h-ye Test"));
    }

    [Theory]
    [InlineData("text/csv; charset=utf-16", "event_date,event_type\n")]
    [InlineData("text/csv; charset=windows-1256", "event_date,event_type\n")]
    [InlineData("application/geo+json; charset=iso-8859-1", "{\"type\":\"FeatureCollection\",\"features\":[]}")]
    public async Task A_charset_the_import_cannot_honour_is_refused_with_415(string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await app.Client.PostAsync("/api/v1/incidents:import", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("charset", (await response.ProblemAsync()).GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
    }
}
