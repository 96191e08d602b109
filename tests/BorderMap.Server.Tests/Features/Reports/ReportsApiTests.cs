using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Reports;

/// <summary>POST and GET /api/v1/reports over the real server and a fresh PostGIS. Texts are written for these tests, not real reports.</summary>
public sealed class ReportsApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private static JsonObject Report(string text, string published = "2023-03-14", string? url = null) =>
        new() { ["text"] = text, ["published"] = published, ["title"] = "test fixture", ["url"] = url };

    [Fact]
    public async Task A_report_is_accepted_stored_verbatim_and_its_incidents_carry_evidence()
    {
        const string text = "TEST FIXTURE. Tajik border guards clashed with smugglers near Farkhor on Sunday, killing two.";
        var receipt = await SubmitAsync(Report(text, url: "https://example.org/fixture/1"));
        Assert.False((bool)receipt["duplicate"]!);

        var report = await app.Client.GetJsonAsync((string)receipt["location"]!);
        Assert.Equal("done", (string?)report["status"]);
        Assert.Equal(text, (string?)report["text"]);
        var incident = Assert.Single(report["incidents"]!.AsArray())!;
        Assert.Equal("battles", (string?)incident["eventType"]);
        Assert.Equal("2023-03-12", (string?)incident["date"]);
        var evidence = incident["evidence"]!;
        Assert.Equal(text[(int)evidence["start"]!..(int)evidence["end"]!], (string?)evidence["sentence"]);

        var stored = await app.Client.GetJsonAsync((string)incident["href"]!);
        Assert.Equal(2, (int?)stored["properties"]!["fatalities"]);
    }

    [Fact]
    public async Task The_same_report_twice_yields_the_same_incidents()
    {
        var body = Report("TEST FIXTURE. A landmine exploded near Moskva in Hamadoni district on Thursday, wounding a shepherd.", "2023-06-02", "https://example.org/fixture/2");
        var first = await SubmitAsync(body);
        var before = await app.CountRowsAsync("incidents");
        var second = await SubmitAsync(body);

        Assert.Equal((long)first["id"]!, (long)second["id"]!);
        Assert.True((bool)second["duplicate"]!);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task The_same_incident_from_two_sources_is_one_incident_with_both_sources()
    {
        var first = await SubmitAsync(Report("TEST FIXTURE. A mortar shell hit a house in the village of Chah Ab in Takhar on 22 October, killing three people.", "2022-10-24", "https://example.org/fixture/3a"));
        var second = await SubmitAsync(Report("TEST FIXTURE, other outlet. Three people died on 22 October when a mortar round struck a home in Chah Ab, Takhar province.", "2022-10-25", "https://example.org/fixture/3b"));

        var a = Assert.Single((await app.Client.GetJsonAsync((string)first["location"]!))["incidents"]!.AsArray())!;
        var b = Assert.Single((await app.Client.GetJsonAsync((string)second["location"]!))["incidents"]!.AsArray())!;
        Assert.Equal((long)a["id"]!, (long)b["id"]!);
        Assert.False((bool)a["merged"]!);
        Assert.True((bool)b["merged"]!);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404_problem()
    {
        using var response = await app.Client.GetAsync("/api/v1/reports/999999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }

    [Theory]
    [InlineData("""{"text":"","published":"2022-05-13"}""", "application/json", 422)]
    [InlineData("""{"text":"Guards clashed near Farkhor.","published":"2999-01-01"}""", "application/json", 422)]
    [InlineData("""{"text":"a\u0000b","published":"2022-05-13"}""", "application/json", 422)]
    [InlineData("Guards clashed near Farkhor.", "text/plain", 415)]
    public async Task Bad_input_is_a_problem_and_stores_nothing(string body, string contentType, int status)
    {
        var before = await app.CountRowsAsync("reports");
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var response = await app.Client.PostAsync("/api/v1/reports", content);

        Assert.Equal(status, (int)response.StatusCode);
        await response.ProblemAsync();
        Assert.Equal(before, await app.CountRowsAsync("reports"));
    }

    private async Task<JsonObject> SubmitAsync(JsonObject body)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/reports", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/v1/reports answered {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.Location);
        return JsonNode.Parse(text)!.AsObject();
    }
}
