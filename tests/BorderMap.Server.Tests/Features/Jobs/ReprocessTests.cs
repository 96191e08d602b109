using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Core.Border;
using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using BorderMap.Data.Reprocessing;
using BorderMap.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Jobs;

public sealed class ReprocessTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task Reprocessing_restores_the_border_context_of_stale_incidents_and_reports_progress()
    {
        var ids = new List<long>();
        foreach (var (lon, lat) in new[] { (69.40, 37.20), (68.85, 37.10), (71.50, 37.60) })
            ids.Add((await app.Client.PostIncidentAsync(Api.Incident(lon, lat))).Id());
        var placed = await ContextsAsync(ids);
        await MakeStaleAsync(ids);

        using var response = await app.Client.PostAsJsonAsync("/api/v1/reprocess", new JsonObject { ["scope"] = "ids", ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await Eventually.WaitAsync(() => app.Client.GetJsonAsync(response.Headers.Location!.ToString()),
            j => j["state"]!.GetValue<string>() is "succeeded" or "failed", "the reprocess job");

        Assert.Equal("succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(3, job["progress"]!["processed"]!.GetValue<long>());
        Assert.Equal(3, job["progress"]!["changed"]!.GetValue<long>());
        Assert.Equal(100, job["progress"]!["percent"]!.GetValue<double>());
        Assert.Equal(placed, await ContextsAsync(ids));
        using var history = await app.Client.GetAsync($"/api/v1/incidents/{ids[0]}/history");
        var changes = JsonNode.Parse(await history.Content.ReadAsStringAsync())!.AsArray().Select(r => r!["change"]!.GetValue<string>());
        Assert.Equal(["created", "updated"], changes);
    }

    [Fact]
    public async Task An_incident_that_moves_keeps_its_previous_location_in_its_history()
    {
        var id = (await app.Client.PostIncidentAsync(Api.Incident(69.40, 37.20))).Id();
        await MakeStaleAsync([id]);
        var services = app.Services;
        var runs = services.GetRequiredService<ReprocessRunStore>();
        var run = await runs.CreateAsync(ReprocessReasons.Api, new ReprocessScope(null, null, null, [id]), "test", CancellationToken.None);
        var reprocessor = new Reprocessor(services.GetRequiredService<NpgsqlDataSource>(), runs, services.GetRequiredService<IncidentStore>(),
            services.GetRequiredService<BorderModel>(), services.GetRequiredService<BorderMap.Core.Geodata.GeodataSet>().Version, new MoveEast());

        var finished = await reprocessor.RunAsync(run.Id, 100, CancellationToken.None);

        Assert.Equal(1, finished!.Relocated);
        using var history = await app.Client.GetAsync($"/api/v1/incidents/{id}/history");
        var revisions = JsonNode.Parse(await history.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["created", "relocated"], revisions.Select(r => r!["change"]!.GetValue<string>()));
        var incident = await app.Client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal(69.41, incident["geometry"]!["coordinates"]![0]!.GetValue<double>(), 6);
        Assert.Contains("69.4", revisions[0]!["state"]!.ToJsonString());
    }

    public static TheoryData<string> BadRequests => new()
    {
        """{}""",
        """{"scope": "everything"}""",
        """{"scope": "bbox", "bbox": [70, 37, 69, 38]}""",
        """{"scope": "bbox", "bbox": [69, 37]}""",
        """{"scope": "dates", "from": "2024-02-01", "to": "2024-01-01"}""",
        """{"scope": "dates", "from": "yesterday"}""",
        """{"scope": "ids", "ids": []}""",
        """{"scope": "ids", "ids": [-3]}""",
        """{"scope": "all", "ids": [1]}""",
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_reprocess_request_is_refused_with_a_problem_and_starts_nothing(string body)
    {
        var before = await app.CountRowsAsync("reprocess_runs");
        using var response = await app.Client.PostAsync("/api/v1/reprocess", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{body}: {(int)response.StatusCode}");
        await response.ProblemAsync();
        Assert.Equal(before, await app.CountRowsAsync("reprocess_runs"));
    }

    [Fact]
    public async Task An_unknown_job_is_a_not_found_problem()
    {
        using var response = await app.Client.GetAsync("/api/v1/jobs/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ProblemAsync();
    }

    private sealed class MoveEast : IIncidentRelocation
    {
        public GeoPoint? Relocate(Incident incident) => new GeoPoint(incident.Draft.Location.Lon + 0.01, incident.Draft.Location.Lat);
    }

    private async Task MakeStaleAsync(IReadOnlyList<long> ids)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE incidents SET gazetteer_version = 'older', border_side = NULL, border_distance_m = NULL, border_segment_id = NULL, " +
            "nearest_crossing_id = NULL, nearest_crossing_m = NULL WHERE id = ANY($1)", connection);
        command.Parameters.AddWithValue(ids.ToArray());
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> ContextsAsync(IReadOnlyList<long> ids)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT concat_ws('|', id, border_side, border_distance_m, border_segment_id, nearest_crossing_id, nearest_crossing_m, gazetteer_version) " +
            "FROM incidents WHERE id = ANY($1) ORDER BY id", connection);
        command.Parameters.AddWithValue(ids.ToArray());
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
