using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Incidents;

public sealed class IncidentsApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task A_posted_incident_comes_back_from_get_and_from_a_bbox_list()
    {
        var region = app.NewRegion();
        var (lon, lat) = region.At(0.5, 0.5);
        var body = Api.Incident(lon, lat, "2022-05-08", "Explosions/Remote violence", "TJ", 3);
        body["subEventType"] = "Shelling/artillery/missile attack";
        body["actors"] = new JsonArray("Islamic State (ISKP)");

        using var response = await _client.PostAsJsonAsync("/api/v1/incidents", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var id = created.Id();
        Assert.Equal($"/api/v1/incidents/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var fetched = await _client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal("Feature", (string?)fetched["type"]);
        var coordinates = fetched["geometry"]!["coordinates"]!.AsArray();
        Assert.Equal(lon, coordinates[0]!.GetValue<double>(), 9);
        Assert.Equal(lat, coordinates[1]!.GetValue<double>(), 9);
        var properties = fetched["properties"]!;
        Assert.Equal("2022-05-08", (string?)properties["date"]);
        Assert.Equal("explosions_remote_violence", (string?)properties["eventType"]);
        Assert.Equal("shelling_artillery_missile_attack", (string?)properties["subEventType"]);
        Assert.Equal(3, (int?)properties["geoPrecision"]);
        Assert.Equal("TJ", (string?)properties["country"]);
        Assert.Equal("Islamic State (ISKP)", (string?)properties["actors"]![0]);
        Assert.StartsWith("key:test-Admin#", (string?)properties["createdBy"]);

        var list = await _client.GetJsonAsync($"/api/v1/incidents?bbox={region.Bbox}");
        Assert.Equal("FeatureCollection", (string?)list["type"]);
        Assert.Equal([id], list.Ids());
    }

    [Fact]
    public async Task Each_filter_keeps_exactly_the_matching_incidents()
    {
        var region = app.NewRegion();
        async Task<long> Post(double fx, double fy, string date, string type, string? country, int precision) =>
            (await _client.PostIncidentAsync(Api.Incident(region.At(fx, fy).Lon, region.At(fx, fy).Lat, date, type, country, precision))).Id();

        var west = await Post(0.1, 0.5, "2021-01-10", "battles", "TJ", 1);
        var east = await Post(0.9, 0.5, "2021-06-15", "riots", "AF", 2);
        var centre = await Post(0.5, 0.5, "2021-03-01", "explosions_remote_violence", "AF", 3);

        async Task<IReadOnlyList<long>> Ids(string filter) =>
            (await _client.GetJsonAsync($"/api/v1/incidents?bbox={region.Bbox}&{filter}")).Ids().Order().ToList();

        var (minLon, minLat) = region.At(0, 0);
        var westStrip = FormattableString.Invariant($"{minLon},{minLat},{minLon + 0.2},{minLat + 1}");
        Assert.Equal([west], (await _client.GetJsonAsync($"/api/v1/incidents?bbox={westStrip}")).Ids());
        Assert.Equal([west, centre], await Ids("to=2021-03-01"));
        Assert.Equal([east, centre], await Ids("from=2021-03-01"));
        Assert.Equal([centre], await Ids("from=2021-02-01&to=2021-05-01"));
        Assert.Equal([west, east], await Ids("types=battles,Riots"));
        Assert.Equal([east, centre], await Ids("country=AF"));
        Assert.Equal([west], await Ids("country=tj"));
        Assert.Equal([west, east], await Ids("minPrecision=2"));
        Assert.Equal([west], await Ids("minPrecision=1"));

        // near: the others lie 0.4° of longitude away (≥ 22 km at these test latitudes, ≤ 45 km anywhere)
        var (cLon, cLat) = region.At(0.5, 0.5);
        Assert.Equal([centre], await Ids(FormattableString.Invariant($"near={cLon},{cLat}&radiusKm=10")));
        Assert.Equal(3, (await Ids(FormattableString.Invariant($"near={cLon},{cLat}&radiusKm=60"))).Count);
    }

    [Fact]
    public async Task Pages_follow_next_links_without_gaps_or_repeats_and_newest_first()
    {
        var region = app.NewRegion();
        var posted = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            // several incidents share a date, so the id must break ties in the keyset
            var date = new DateOnly(2020, 1, 1).AddDays(i / 3).ToString("yyyy-MM-dd");
            posted.Add((await _client.PostIncidentAsync(Api.Incident(region.At(0.01 * i, 0.5).Lon, region.At(0.01 * i, 0.5).Lat, date))).Id());
        }

        var seen = new List<long>();
        var dates = new List<string>();
        string? url = $"/api/v1/incidents?bbox={region.Bbox}&limit=5";
        var pages = 0;
        while (url is not null)
        {
            var page = await _client.GetJsonAsync(url);
            pages++;
            Assert.True(page["numberReturned"]!.GetValue<int>() <= 5);
            seen.AddRange(page.Ids());
            dates.AddRange(page["features"]!.AsArray().Select(f => (string)f!["properties"]!["date"]!));
            url = page.NextLink();
            // a new incident arriving mid-listing must not shift the pages already handed out
            if (pages == 2) await _client.PostIncidentAsync(Api.Incident(region.At(0.9, 0.9).Lon, region.At(0.9, 0.9).Lat, "2019-06-01"));
        }

        Assert.Equal(5, pages); // 23 + the late one = 24 incidents in pages of 5
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(posted.Except(seen));
        Assert.Equal(dates, dates.OrderDescending(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_cursor_from_other_filters_is_refused()
    {
        var region = app.NewRegion();
        for (var i = 0; i < 3; i++)
            await _client.PostIncidentAsync(Api.Incident(region.At(0.1 * i, 0.1).Lon, region.At(0.1 * i, 0.1).Lat));
        var next = (await _client.GetJsonAsync($"/api/v1/incidents?bbox={region.Bbox}&limit=1")).NextLink()!;
        var cursor = new Uri(next).Query.Split('&').Single(p => p.Contains("cursor=")).Split('=')[1];

        using var response = await _client.GetAsync($"/api/v1/incidents?bbox={region.Bbox}&limit=1&types=riots&cursor={cursor}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Patch_with_the_current_revision_updates_and_a_stale_one_answers_412()
    {
        var region = app.NewRegion();
        var created = await _client.PostIncidentAsync(Api.Incident(region.At(0.5, 0.5).Lon, region.At(0.5, 0.5).Lat));
        var id = created.Id();

        using var first = await Patch(id, "\"1\"", """{"fatalities": 2, "notes": "two killed"}""");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        var updated = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int?)updated["properties"]!["fatalities"]);
        Assert.Equal(2, (int?)updated["properties"]!["revision"]);
        Assert.Equal("2022-05-08", (string?)updated["properties"]!["date"]);

        using var stale = await Patch(id, "\"1\"", """{"fatalities": 5}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (await stale.ProblemAsync()).GetProperty("currentRevision").GetInt32());

        using var missing = await Patch(id, null, """{"fatalities": 5}""");
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);

        var after = await _client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal(2, (int?)after["properties"]!["fatalities"]);
    }

    [Fact]
    public async Task A_patch_that_moves_an_incident_is_kept_in_its_history_as_a_relocation()
    {
        var region = app.NewRegion();
        var id = (await _client.PostIncidentAsync(Api.Incident(region.At(0.2, 0.2).Lon, region.At(0.2, 0.2).Lat))).Id();
        var (lon, lat) = region.At(0.7, 0.7);
        var move = new JsonObject { ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) } };
        using var moved = await Patch(id, "\"1\"", move.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var history = JsonNode.Parse(await _client.GetStringAsync($"/api/v1/incidents/{id}/history"))!.AsArray();
        Assert.Equal(["created", "relocated"], history.Select(h => (string)h!["change"]!).ToArray());
        var before = history[0]!["state"]!["geom"]!["coordinates"]!.AsArray();
        Assert.Equal(region.At(0.2, 0.2).Lon, before[0]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Retracting_keeps_the_history_and_hides_the_incident_from_lists_unless_asked()
    {
        var region = app.NewRegion();
        var id = (await _client.PostIncidentAsync(Api.Incident(region.At(0.5, 0.5).Lon, region.At(0.5, 0.5).Lat))).Id();

        using var retract = await _client.DeleteAsync($"/api/v1/incidents/{id}");
        Assert.Equal(HttpStatusCode.OK, retract.StatusCode);
        var retracted = await _client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal("retracted", (string?)retracted["properties"]!["status"]);

        Assert.Empty((await _client.GetJsonAsync($"/api/v1/incidents?bbox={region.Bbox}")).Ids());
        Assert.Equal([id], (await _client.GetJsonAsync($"/api/v1/incidents?bbox={region.Bbox}&includeRetracted=true")).Ids());

        var history = JsonNode.Parse(await _client.GetStringAsync($"/api/v1/incidents/{id}/history"))!.AsArray();
        Assert.Equal(["created", "retracted"], history.Select(h => (string)h!["change"]!).ToArray());

        using var edit = await Patch(id, "\"2\"", """{"fatalities": 1}""");
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_answer_404_problems()
    {
        using var get = await _client.GetAsync("/api/v1/incidents/987654321");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(404, (await get.ProblemAsync()).GetProperty("status").GetInt32());
        using var delete = await _client.DeleteAsync("/api/v1/incidents/987654321");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    private Task<HttpResponseMessage> Patch(long id, string? ifMatch, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/incidents/{id}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _client.SendAsync(request);
    }
}
