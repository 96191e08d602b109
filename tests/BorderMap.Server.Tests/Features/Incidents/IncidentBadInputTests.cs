using System.Net;
using System.Text;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Incidents;

/// <summary>What a careless or hostile client sends: each answered 4xx problem+json, nothing written, the server still serving.</summary>
public sealed class IncidentBadInputTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string Valid = """{"date":"2022-05-08","eventType":"battles","geometry":{"type":"Point","coordinates":[69.5,37.5]}""";

    public static TheoryData<string, string, string, int, string?> Bodies => new()
    {
        // name, content type, body, expected status, field the errors map must name (null: any)
        { "malformed JSON", "application/json", "{\"date\": ", 400, null },
        { "not JSON at all", "application/json", "date=2022-05-08", 400, null },
        { "empty body", "application/json", "", 400, null },
        { "JSON null", "application/json", "null", 400, null },
        { "array instead of object", "application/json", "[1,2]", 400, null },
        { "NaN literal", "application/json", Valid.Replace("69.5", "NaN") + "}", 400, null },
        { "Infinity literal", "application/json", Valid.Replace("69.5", "Infinity") + "}", 400, null },
        { "1e308 longitude", "application/json", Valid.Replace("69.5", "1e308") + "}", 422, "geometry" },
        { "1e400 longitude", "application/json", Valid.Replace("69.5", "1e400") + "}", 422, "geometry" },
        { "latitude above 90", "application/json", Valid.Replace("37.5", "90.5") + "}", 422, "geometry" },
        { "latitude below -90", "application/json", Valid.Replace("37.5", "-91") + "}", 422, "geometry" },
        { "longitude below -180", "application/json", Valid.Replace("69.5", "-180.01") + "}", 422, "geometry" },
        { "one coordinate only", "application/json", Valid.Replace("[69.5,37.5]", "[69.5]") + "}", 400, null },
        { "coordinates as strings", "application/json", Valid.Replace("[69.5,37.5]", "[\"69.5\",\"37.5\"]") + "}", 400, null },
        { "polygon instead of point", "application/json", Valid.Replace("{\"type\":\"Point\",\"coordinates\":[69.5,37.5]}", "{\"type\":\"Polygon\",\"coordinates\":[[[69,37],[70,37],[70,38],[69,37]]]}") + "}", 422, "geometry" },
        { "unclosed polygon ring", "application/json", Valid.Replace("{\"type\":\"Point\",\"coordinates\":[69.5,37.5]}", "{\"type\":\"Polygon\",\"coordinates\":[[[69,37],[70,37],[70,38]]]}") + "}", 400, "geometry" },
        { "unknown geometry type", "application/json", Valid.Replace("\"Point\"", "\"Blob\"") + "}", 400, null },
        { "unknown event type", "application/json", Valid.Replace("battles", "picnic") + "}", 422, "eventType" },
        { "sub-type of another type", "application/json", Valid + ",\"subEventType\":\"Grenade\"}", 422, "subEventType" },
        { "missing date", "application/json", Valid.Replace("\"date\":\"2022-05-08\",", "") + "}", 422, "date" },
        { "impossible date", "application/json", Valid.Replace("2022-05-08", "2022-02-30") + "}", 422, "date" },
        { "date in the future", "application/json", Valid.Replace("2022-05-08", "2099-01-01") + "}", 422, "date" },
        { "date as a number", "application/json", Valid.Replace("\"2022-05-08\"", "20220508") + "}", 400, "$.date" },
        { "negative fatalities", "application/json", Valid + ",\"fatalities\":-1}", 422, "fatalities" },
        { "fatalities as a string", "application/json", Valid + ",\"fatalities\":\"3\"}", 400, "$.fatalities" },
        { "fatalities fractional", "application/json", Valid + ",\"fatalities\":1.5}", 400, "$.fatalities" },
        { "fatalities overflow", "application/json", Valid + ",\"fatalities\":99999999999}", 400, "$.fatalities" },
        { "geo precision 4", "application/json", Valid + ",\"geoPrecision\":4}", 422, "geoPrecision" },
        { "confidence above 1", "application/json", Valid + ",\"confidence\":1.5}", 422, "confidence" },
        { "unknown country", "application/json", Valid + ",\"country\":\"XX\"}", 422, "country" },
        { "unknown field", "application/json", Valid + ",\"severity\":\"high\"}", 400, "$.severity" },
        { "unknown tag", "application/json", Valid + ",\"tags\":[\"party\"]}", 422, "tags" },
        { "NUL in a string", "application/json", Valid + ",\"notes\":\"a\\u0000b\"}", 422, "notes" },
        { "overlong place name", "application/json", Valid + ",\"placeName\":\"" + new string('x', 5000) + "\"}", 422, "placeName" },
        { "too many actors", "application/json", Valid + ",\"actors\":[" + string.Join(',', Enumerable.Range(0, 30).Select(i => $"\"a{i}\"")) + "]}", 422, "actors" },
        { "javascript URL", "application/json", Valid + ",\"sourceUrl\":\"javascript:alert(1)\"}", 422, "sourceUrl" },
        { "unknown place name without coordinates", "application/json", """{"date":"2022-05-08","eventType":"battles","placeName":"Atlantis"}""", 422, "placeName" },
        { "SQL injection in a field", "application/json", Valid.Replace("battles", "battles'; DROP TABLE incidents; --") + "}", 422, "eventType" },
        { "deeply nested JSON", "application/json", Valid + ",\"notes\":" + new string('[', 200) + new string(']', 200) + "}", 400, null },
        { "a third coordinate that is not a number", "application/json", Valid.Replace("[69.5,37.5]", "[69.5,37.5,\"x\"]") + "}", 400, "$.geometry" },
        { "five coordinates", "application/json", Valid.Replace("[69.5,37.5]", "[69.5,37.5,0,0,0]") + "}", 400, "geometry" },
        { "legacy crs in the geometry", "application/json", Valid.Replace("\"type\":\"Point\",", "\"type\":\"Point\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},") + "}", 400, "geometry" },
        { "legacy crs beside the fields", "application/json", Valid + ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}}}", 400, "$.crs" },
        { "lone surrogate escape", "application/json", Valid + ",\"notes\":\"a \\ud83d b\"}", 400, "$.notes" },
        { "lone surrogate in a member name", "application/json", Valid + ",\"\\udc00\":1}", 400, "$" },
        { "CR LF in sourceUrl", "application/json", Valid + ",\"sourceUrl\":\"https://example.org/a\\r\\nSet-Cookie: x=1\"}", 422, "sourceUrl" },
        { "LF in placeName", "application/json", Valid + ",\"placeName\":\"Farkhor\\nDistrict\"}", 422, "placeName" },
        { "CR in an actor", "application/json", Valid + ",\"actors\":[\"Taliban\\r\"]}", 422, "actors" },
        { "wrong content type", "text/plain", Valid + "}", 415, null },
        { "form content type", "application/x-www-form-urlencoded", "date=2022-05-08", 415, null },
        { "JSON in another charset", "application/json; charset=utf-16", Valid + "}", 415, null },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_bad_incident_body_is_refused_with_a_problem_and_nothing_is_stored(string name, string contentType, string body, int status, string? field)
    {
        var before = await app.CountRowsAsync("incidents");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await app.Client.PostAsync("/api/v1/incidents", content);

        Assert.True(status == (int)response.StatusCode, $"{name}: expected {status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await response.ProblemAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (field is not null)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{name}: errors do not name '{field}': {problem}");
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Invalid_utf8_is_refused()
    {
        var before = await app.CountRowsAsync("incidents");
        var bytes = Encoding.UTF8.GetBytes(Valid + ",\"notes\":\"").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await app.Client.PostAsync("/api/v1/incidents", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_answers_413()
    {
        var before = await app.CountRowsAsync("incidents");
        var big = Valid + ",\"notes\":\"" + new string('x', 1_100_000) + "\"}";
        // Expect: 100-continue lets the server refuse before the client uploads the megabyte, as careful clients do.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents")
        {
            Content = new StringContent(big, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
        await AssertStillServingAsync();
    }

    public static TheoryData<string, string> Queries => new()
    {
        { "bbox=1,2,3", "bbox" },
        { "bbox=3,0,1,1", "bbox" },
        { "bbox=0,3,1,1", "bbox" },
        { "bbox=0,0,1,NaN", "bbox" },
        { "bbox=0,0,1,Infinity", "bbox" },
        { "bbox=-181,0,1,1", "bbox" },
        { "bbox=0,0,1,1e308", "bbox" },
        { "bbox=a,b,c,d", "bbox" },
        { "from=2022-13-01", "from" },
        { "from=yesterday", "from" },
        { "from=2022-05-02&to=2022-05-01", "from" },
        { "types=picnic", "types" },
        { "types=", "types" },
        { "country=RU", "country" },
        { "minPrecision=0", "minPrecision" },
        { "minPrecision=4", "minPrecision" },
        { "near=69,37", "radiusKm" },
        { "radiusKm=5", "near" },
        { "near=69&radiusKm=5", "near" },
        { "near=69,37&radiusKm=-1", "radiusKm" },
        { "near=69,37&radiusKm=NaN", "radiusKm" },
        { "near=69,95&radiusKm=5", "near" },
        { "limit=0", "limit" },
        { "limit=1001", "limit" },
        { "limit=-5", "limit" },
        { "limit=ten", "limit" },
        { "cursor=not-a-cursor", "cursor" },
        { "includeRetracted=maybe", "includeRetracted" },
        { "bbox=1,1,2,2&bbox=3,3,4,4", "bbox" },
        { "colour=red", "colour" },
        { "types=battles%27%3B%20DROP%20TABLE%20incidents%3B--", "types" },
        { "country=TJ%27%20OR%20%271%27%3D%271", "country" },
        { "from=2022-01-01%27%20OR%201%3D1--", "from" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_bad_list_query_answers_400_naming_the_parameter(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/incidents?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: errors do not name '{field}': {problem}");
    }

    [Theory]
    [InlineData("/api/v1/incidents/1%27%20OR%201%3D1")]
    [InlineData("/api/v1/incidents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/incidents/99999999999999999999999")]
    [InlineData("/api/v1/incidents/-1")]
    public async Task Hostile_ids_in_the_path_answer_404_problems(string path)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("W/\"1\"")]
    [InlineData("\"0\"")]
    public async Task A_malformed_if_match_answers_400(string ifMatch)
    {
        var region = app.NewRegion();
        var id = (await app.Client.PostIncidentAsync(Api.Incident(region.At(0.5, 0.5).Lon, region.At(0.5, 0.5).Lat))).Id();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/incidents/{id}")
        {
            Content = new StringContent("{\"fatalities\":1}", Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(1, (int?)(await app.Client.GetJsonAsync($"/api/v1/incidents/{id}"))["properties"]!["revision"]);
    }

    [Theory]
    [InlineData("{\"eventType\":\"picnic\"}", 422)]
    [InlineData("{\"geometry\":{\"type\":\"Point\",\"coordinates\":[500,1]}}", 422)]
    [InlineData("{\"revision\":7}", 400)]
    [InlineData("{\"date\":null}", 422)]
    [InlineData("[1]", 400)]
    public async Task A_patch_that_would_make_the_incident_invalid_changes_nothing(string patch, int status)
    {
        var region = app.NewRegion();
        var id = (await app.Client.PostIncidentAsync(Api.Incident(region.At(0.5, 0.5).Lon, region.At(0.5, 0.5).Lat))).Id();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/incidents/{id}")
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        await response.ProblemAsync();
        var after = await app.Client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal(1, (int?)after["properties"]!["revision"]);
        Assert.Equal("battles", (string?)after["properties"]!["eventType"]);
    }

    private async Task AssertStillServingAsync()
    {
        using var health = await app.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
