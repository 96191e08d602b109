using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Geoparse;

/// <summary>POST /api/v1/geoparse over the real server: the seed article, the response's field names, and bad input.</summary>
public sealed class GeoparseApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private static string SeedText => File.ReadAllText(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "tests", "BorderMap.Core.Tests", "Geoparsing", "Corpus", "seed-aopnews-2022-05-13.txt"));

    [Fact]
    public async Task The_seed_article_yields_the_8_May_fire_into_Tajikistan_on_the_border()
    {
        var body = await GeoparseAsync(new JsonObject { ["text"] = SeedText, ["published"] = "2022-05-13", ["title"] = "Putin and Rahmon", ["url"] = "https://aopnews.com/" });

        var incident = Assert.Single(body["incidents"]!.AsArray())!;
        Assert.Equal("2022-05-08", (string?)incident["date"]);
        Assert.Equal("day", (string?)incident["timePrecision"]);
        Assert.Equal("explosions_remote_violence", (string?)incident["eventType"]);
        Assert.Equal(3, (int?)incident["geoPrecision"]);
        Assert.Equal("TJ", (string?)incident["country"]);
        Assert.Equal("TJ", (string?)incident["border"]!["side"]);
        Assert.Equal("Point", (string?)incident["geometry"]!["type"]);
        Assert.Contains("only bullets were fired", (string?)incident["notes"]);
        Assert.NotEmpty(body["skipped"]!.AsArray());
    }

    [Fact]
    public async Task The_response_uses_the_field_names_other_tools_read()
    {
        var body = await GeoparseAsync(new JsonObject
        {
            ["text"] = "Tajik border guards clashed with smugglers near Farkhor on Sunday, killing two. The claim was written for this test.",
            ["published"] = "2023-03-14",
        });

        var incident = Assert.Single(body["incidents"]!.AsArray())!.AsObject();
        foreach (var field in new[] { "date", "timePrecision", "eventType", "subEventType", "tags", "placeName", "geometry", "geoPrecision", "country", "border", "fatalities", "injured", "actors", "confidence", "alternatives", "evidence" })
            Assert.True(incident.ContainsKey(field), $"incident lacks {field}");
        foreach (var field in new[] { "side", "distanceM", "segmentId", "nearestCrossing" })
            Assert.True(incident["border"]!.AsObject().ContainsKey(field), $"border lacks {field}");
        foreach (var field in new[] { "start", "end", "sentence" })
            Assert.True(incident["evidence"]!.AsObject().ContainsKey(field), $"evidence lacks {field}");
        Assert.Equal(2, (int?)incident["fatalities"]);
    }

    [Fact]
    public async Task A_Russian_statement_is_read_in_Russian_and_says_so()
    {
        // Written for this test in the style of a border-service statement; not a real report.
        var body = await GeoparseAsync(new JsonObject
        {
            ["text"] = "В ночь на 15 мая на участке Пянджского пограничного отряда произошла перестрелка с нарушителями границы. Погибли двое нарушителей.",
            ["published"] = "2023-05-16",
        });

        Assert.Equal("ru", (string?)body["language"]);
        var incident = Assert.Single(body["incidents"]!.AsArray())!;
        Assert.Equal("2023-05-15", (string?)incident["date"]);
        Assert.Equal("battles", (string?)incident["eventType"]);
        Assert.Equal("TJ", (string?)incident["country"]);
        Assert.Equal(2, (int?)incident["fatalities"]);
    }

    [Fact]
    public async Task A_stated_language_wins_over_the_letters()
    {
        var body = await GeoparseAsync(new JsonObject { ["text"] = "Tajik border guards clashed with smugglers near Farkhor on Sunday.", ["published"] = "2023-03-14", ["language"] = "RU" });

        Assert.Equal("ru", (string?)body["language"]);
        Assert.Empty(body["incidents"]!.AsArray());
    }

    [Fact]
    public async Task A_dry_run_stores_nothing()
    {
        var before = await app.CountRowsAsync("incidents");
        await GeoparseAsync(new JsonObject { ["text"] = SeedText, ["published"] = "2022-05-13" });
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    public static TheoryData<string, string, string, int, string?> BadBodies => new()
    {
        { "empty text", "application/json", """{"text":"","published":"2022-05-13"}""", 422, "text" },
        { "blank text", "application/json", """{"text":"   ","published":"2022-05-13"}""", 422, "text" },
        { "binary text", "application/json", """{"text":"PK\u0003\u0004\u0000\u0000","published":"2022-05-13"}""", 422, "text" },
        { "text over 1 MB", "application/json", "{\"text\":\"" + new string('a', 1024 * 1024 + 10) + "\",\"published\":\"2022-05-13\"}", 413, null },
        { "publication date in the future", "application/json", """{"text":"Guards clashed near Farkhor.","published":"2999-01-01"}""", 422, "published" },
        { "publication date missing", "application/json", """{"text":"Guards clashed near Farkhor."}""", 422, "published" },
        { "publication date malformed", "application/json", """{"text":"Guards clashed near Farkhor.","published":"13/05/2022"}""", 422, "published" },
        { "javascript URL", "application/json", """{"text":"Guards clashed near Farkhor.","published":"2022-05-13","url":"javascript:alert(1)"}""", 422, "url" },
        { "unknown language", "application/json", """{"text":"Guards clashed near Farkhor.","published":"2022-05-13","language":"de"}""", 422, "language" },
        { "unknown field", "application/json", """{"text":"Guards clashed near Farkhor.","published":"2022-05-13","lang":"en"}""", 400, "$.lang" },
        { "malformed JSON", "application/json", """{"text":""", 400, null },
        { "wrong content type", "text/plain", "Guards clashed near Farkhor.", 415, null },
        { "binary content type", "application/octet-stream", "PK\u0003\u0004", 415, null },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_answered_with_problem_json(string name, string contentType, string body, int status, string? field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/geoparse") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        // Expect: 100-continue lets the server refuse an oversized body before it is uploaded, as careful clients do.
        request.Headers.ExpectContinue = true;
        using var response = await app.Client.SendAsync(request);

        Assert.True(status == (int)response.StatusCode, $"{name}: answered {(int)response.StatusCode}");
        var problem = await response.ProblemAsync();
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{name}: errors do not name {field}");
    }

    private async Task<JsonObject> GeoparseAsync(JsonObject request)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/geoparse", request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"geoparse answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
