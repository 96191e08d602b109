using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Alerts;

public sealed class AlertRulesApiTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_polygon_rule_is_stored_and_read_back_without_its_secret()
    {
        var region = app.NewRegion();
        var id = await app.Client.PostRuleAsync(AlertApi.Rule(region, webhookUrl: "http://127.0.0.1:9/hook"));

        var rule = await app.Client.GetJsonAsync($"/api/v1/alert-rules/{id}");
        Assert.Equal("polygon", rule["area"]!["kind"]!.GetValue<string>());
        Assert.Equal(24, rule["windowHours"]!.GetValue<int>());
        Assert.True(rule["webhookSecretSet"]!.GetValue<bool>());
        Assert.DoesNotContain(AlertApi.Secret, rule.ToJsonString());
    }

    [Theory]
    [InlineData("segment", "seg-03")]
    [InlineData("crossing", "cr-02")]
    public async Task A_buffer_around_a_segment_or_a_crossing_resolves_to_a_polygon(string kind, string id)
    {
        var body = AlertApi.Rule(app.NewRegion());
        body["area"] = new JsonObject { [kind + "Id"] = id, ["bufferKm"] = 5 };
        var ruleId = await app.Client.PostRuleAsync(body);

        var rule = await app.Client.GetJsonAsync($"/api/v1/alert-rules/{ruleId}");
        Assert.Equal(id, rule["area"]![kind + "Id"]!.GetValue<string>());
        Assert.Equal("MultiPolygon", rule["area"]!["resolved"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_point_buffer_rule_can_be_replaced_and_deleted()
    {
        var body = AlertApi.Rule(app.NewRegion());
        body["area"] = new JsonObject { ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(69.4, 37.2) }, ["bufferKm"] = 10 };
        var id = await app.Client.PostRuleAsync(body);

        body["minCount"] = 5;
        using (var put = await app.Client.PutAsJsonAsync($"/api/v1/alert-rules/{id}", body))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var replaced = await app.Client.GetJsonAsync($"/api/v1/alert-rules/{id}");
        Assert.Equal(5, replaced["minCount"]!.GetValue<int>());
        Assert.Equal(2, replaced["revision"]!.GetValue<int>());

        using (var delete = await app.Client.DeleteAsync($"/api/v1/alert-rules/{id}"))
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await app.Client.GetAsync($"/api/v1/alert-rules/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        await gone.ProblemAsync();
    }

    public static TheoryData<string, string, string> BadRules => new()
    {
        // what is wrong, the JSON change, the field the problem names
        { "self-intersecting polygon", """{"area": {"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}}""", "area.geometry" },
        { "ring not closed", """{"area": {"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}}}""", "" },
        { "line as area", """{"area": {"geometry": {"type": "LineString", "coordinates": [[0,0],[1,1]]}}}""", "area.geometry" },
        { "point without buffer", """{"area": {"geometry": {"type": "Point", "coordinates": [69, 37]}}}""", "area.bufferKm" },
        { "negative buffer", """{"area": {"segmentId": "seg-03", "bufferKm": -5}}""", "area.bufferKm" },
        { "unknown segment", """{"area": {"segmentId": "seg-99", "bufferKm": 5}}""", "area.segmentId" },
        { "unknown crossing", """{"area": {"crossingId": "cr-nowhere", "bufferKm": 5}}""", "area.crossingId" },
        { "negative window", """{"windowHours": -24}""", "windowHours" },
        { "window not whole days", """{"windowHours": 36}""", "windowHours" },
        { "zero count", """{"minCount": 0}""", "minCount" },
        { "negative fatalities", """{"minFatalities": -1}""", "minFatalities" },
        { "baseline without percent", """{"baseline": {"windows": 4}}""", "baseline.risePercent" },
        { "unknown event type", """{"eventTypes": ["picnics"]}""", "eventTypes" },
        { "unknown severity", """{"severity": "apocalyptic"}""", "severity" },
        { "ftp webhook", """{"webhookUrl": "ftp://example.org/hook", "webhookSecret": "0123456789abcdef0123"}""", "webhookUrl" },
        { "relative webhook", """{"webhookUrl": "/hook", "webhookSecret": "0123456789abcdef0123"}""", "webhookUrl" },
        { "short secret", """{"webhookUrl": "http://127.0.0.1:9/hook", "webhookSecret": "short"}""", "webhookSecret" },
        { "loopback webhook not allowed", """{"webhookUrl": "http://127.0.0.2:9/hook", "webhookSecret": "0123456789abcdef0123"}""", "webhookUrl" },
        { "private webhook", """{"webhookUrl": "http://10.1.2.3/hook", "webhookSecret": "0123456789abcdef0123"}""", "webhookUrl" },
        { "metadata webhook", """{"webhookUrl": "http://169.254.169.254/latest", "webhookSecret": "0123456789abcdef0123"}""", "webhookUrl" },
        { "unknown field", """{"colour": "red"}""", "" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task A_bad_rule_is_refused_with_a_problem_and_nothing_is_stored(string wrong, string change, string field)
    {
        var body = AlertApi.Rule(app.NewRegion());
        foreach (var (key, value) in JsonNode.Parse(change)!.AsObject())
            body[key] = value?.DeepClone();
        var before = await app.CountRowsAsync("alert_rules");

        using var response = await app.Client.PostAsync("/api/v1/alert-rules", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{wrong}: answered {(int)response.StatusCode}");
        var problem = await response.ProblemAsync();
        if (field.Length > 0)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{wrong}: the problem does not name {field}: {problem}");
        Assert.Equal(before, await app.CountRowsAsync("alert_rules"));
    }

    [Fact]
    public async Task Replacing_a_rule_with_bad_input_leaves_it_unchanged()
    {
        var body = AlertApi.Rule(app.NewRegion());
        var id = await app.Client.PostRuleAsync(body);
        body["windowHours"] = -1;

        using var response = await app.Client.PutAsJsonAsync($"/api/v1/alert-rules/{id}", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, (await app.Client.GetJsonAsync($"/api/v1/alert-rules/{id}"))["revision"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/alerts?limit=0")]
    [InlineData("/api/v1/alerts?acknowledged=maybe")]
    [InlineData("/api/v1/alerts?colour=red")]
    public async Task A_bad_alert_query_is_refused_with_a_problem(string url)
    {
        using var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task Acknowledging_an_unknown_alert_is_a_not_found_problem()
    {
        using var response = await app.Client.PostAsync("/api/v1/alerts/987654/ack", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }
}
