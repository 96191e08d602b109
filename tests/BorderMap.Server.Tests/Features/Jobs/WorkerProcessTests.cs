using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Core.Incidents;
using BorderMap.Server.Tests.Features.Alerts;
using BorderMap.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Jobs;

/// <summary>End to end: the API in this process (role api), jobs run by real worker processes of the server binary.</summary>
public sealed class WorkerProcessTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    [Fact]
    public async Task Two_worker_processes_share_the_queue_and_no_job_runs_twice_to_completion()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(100);
        await using var first = WorkerProcess.Start(app.ConnectionString);
        await using var second = WorkerProcess.Start(app.ConnectionString);
        await first.WaitUntilServingAsync(app.ConnectionString);
        await second.WaitUntilServingAsync(app.ConnectionString);

        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 1, webhookUrl: receiver.Url));
        for (var day = 1; day <= 12; day++)
            await app.Client.PostIncidentAtAsync(region, $"2021-07-{day:00}");
        var alerts = (await app.Client.CheckAsync(rule)).Select(a => a["id"]!.GetValue<long>()).ToList();
        Assert.Equal(12, alerts.Count);

        await Eventually.WaitAsync(() => CountAsync("SELECT count(*) FROM alerts WHERE rule_id = $1 AND delivery_state = 'delivered'", rule),
            n => n == 12, "all twelve deliveries");

        Assert.Equal(alerts.Select(a => a.ToString()).Order(), receiver.Received.Select(r => r.Delivery!).Order());
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM alerts WHERE rule_id = $1 AND delivery_attempts <> 1", rule));
        Assert.Equal(0, await CountAsync(
            "SELECT count(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Succeeded' GROUP BY jobid HAVING count(*) > 1) twice WHERE $1 > 0", rule));
        Assert.Equal(2, await CountAsync(
            "SELECT count(DISTINCT s.data::jsonb ->> 'ServerId') FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid " +
            "WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%DeliverAlert%' AND $1 > 0", rule));
    }

    [Fact]
    public async Task A_worker_killed_mid_reprocess_resumes_after_restart_and_ends_as_a_clean_run_would()
    {
        const int incidents = 20_000;
        await SeedStaleIncidentsAsync(incidents);
        var batch = new Dictionary<string, string?> { ["Jobs:ReprocessBatchSize"] = "100" };
        await using var doomed = WorkerProcess.Start(app.ConnectionString, batch);
        await doomed.WaitUntilServingAsync(app.ConnectionString);

        var (jobUrl, runId) = await StartReprocessAsync();
        await doomed.KillAsync();

        var atKill = await CountAsync("SELECT processed FROM reprocess_runs WHERE id = $1", runId);
        Assert.InRange(atKill, 1, incidents - 1);

        await using var replacement = WorkerProcess.Start(app.ConnectionString, batch);
        await replacement.WaitUntilServingAsync(app.ConnectionString);
        JsonNode job;
        try
        {
            job = await Eventually.WaitAsync(() => app.Client.GetJsonAsync(jobUrl),
                j => j["state"]!.GetValue<string>() is "succeeded", "the run to finish after the restart", limitSeconds: 180);
        }
        catch (Exception e)
        {
            // Say what the replacement and Hangfire were doing: a run that never resumes is otherwise a bare timeout.
            throw new InvalidOperationException($"{e.Message}\nHangfire's jobs: {await HangfireJobsAsync()}\nreplacement worker:\n{replacement.Output}", e);
        }

        Assert.Equal(incidents, job["progress"]!["total"]!.GetValue<long>());
        Assert.Equal(incidents, job["progress"]!["processed"]!.GetValue<long>());
        Assert.True(job["attempts"]!.GetValue<int>() >= 2);
        await AssertEveryIncidentPlacedOnceAsync(incidents);
    }

    [Fact]
    public async Task A_reprocess_whose_worker_died_says_it_waits_and_resumes_within_a_minute_with_the_default_timeout()
    {
        const int incidents = 20_000;
        await SeedStaleIncidentsAsync(incidents, "resume test");
        // Jobs:InvisibilityTimeout as configured by default, not the tests' 5 s.
        var settings = new Dictionary<string, string?> { ["Jobs:ReprocessBatchSize"] = "100", ["Jobs:InvisibilityTimeout"] = null };
        await using var doomed = WorkerProcess.Start(app.ConnectionString, settings);
        await doomed.WaitUntilServingAsync(app.ConnectionString);
        await using var replacement = WorkerProcess.Start(app.ConnectionString, settings);
        await replacement.WaitUntilServingAsync(app.ConnectionString);

        var (jobUrl, runId) = await StartReprocessAsync();
        var running = await app.Client.GetJsonAsync(jobUrl);
        Assert.False(running["waitingToResume"]!.GetValue<bool>());
        // Whichever worker took the job dies; the other one lives on.
        var owner = await OwnerAsync(runId);
        await (owner == replacement.Id ? replacement : doomed).KillAsync();
        var killedAt = DateTimeOffset.UtcNow;

        var waiting = await Eventually.WaitAsync(() => app.Client.GetJsonAsync(jobUrl),
            j => j["waitingToResume"]!.GetValue<bool>() || j["state"]!.GetValue<string>() == "succeeded", "the run to say it waits");
        Assert.Equal("running", waiting["state"]!.GetValue<string>());
        var job = await Eventually.WaitAsync(() => app.Client.GetJsonAsync(jobUrl),
            j => j["state"]!.GetValue<string>() is "succeeded", "the run to resume and finish", limitSeconds: 180);
        var resumedAt = await ResumedAtAsync(runId);
        Assert.True(resumedAt - killedAt < TimeSpan.FromMinutes(1), $"resumed {resumedAt - killedAt} after the worker died");
        Assert.False(job["waitingToResume"]!.GetValue<bool>());
        Assert.Equal(incidents, job["progress"]!["processed"]!.GetValue<long>());
    }

    /// <summary>Starts a whole-database run through the API and waits until its first batch is done.</summary>
    private async Task<(string JobUrl, long RunId)> StartReprocessAsync()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/reprocess", new JsonObject { ["scope"] = "all" });
        var jobUrl = response.Headers.Location!.ToString();
        var runId = long.Parse(jobUrl.Split('/')[^1]);
        await Eventually.WaitAsync(() => CountAsync("SELECT processed FROM reprocess_runs WHERE id = $1", runId), n => n > 0, "the run to start");
        return (jobUrl, runId);
    }

    /// <summary>Every Hangfire job that is not finished, with its state and queue fetch: what a stuck run waits behind.</summary>
    private async Task<string> HangfireJobsAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(format('%s %s %s queue=%s fetched=%s', j.id, j.statename, left(j.invocationdata::text, 80), q.queue, q.fetchedat), E'\n') " +
            "FROM hangfire.job j LEFT JOIN hangfire.jobqueue q ON q.jobid = j.id WHERE j.statename NOT IN ('Succeeded', 'Deleted')", connection);
        return (await command.ExecuteScalarAsync()) as string ?? "none";
    }

    /// <summary>The process id of the worker whose Hangfire server holds the run's job.</summary>
    private async Task<int> OwnerAsync(long runId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT s.data::jsonb ->> 'ServerId' FROM hangfire.state s JOIN reprocess_runs r ON r.hangfire_job_id = s.jobid::text " +
            "WHERE r.id = $1 AND s.name = 'Processing' ORDER BY s.id DESC LIMIT 1", connection);
        command.Parameters.AddWithValue(runId);
        var server = (string)(await command.ExecuteScalarAsync())!;
        // ServerName is "<machine>:<pid>"; Hangfire appends ":<guid>".
        return int.Parse(server.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>When the run's job was last taken up (Hangfire's Processing state), by the database's clock as UTC.</summary>
    private async Task<DateTimeOffset> ResumedAtAsync(long runId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT max(s.createdat) FROM hangfire.state s JOIN reprocess_runs r ON r.hangfire_job_id = s.jobid::text WHERE r.id = $1 AND s.name = 'Processing'", connection);
        command.Parameters.AddWithValue(runId);
        var at = (DateTime)(await command.ExecuteScalarAsync())!;
        return new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc));
    }

    /// <summary>What an uninterrupted run produces: each incident's context from the border model, the current version, one revision each.</summary>
    private async Task AssertEveryIncidentPlacedOnceAsync(int incidents)
    {
        var border = app.Services.GetRequiredService<BorderModel>();
        var version = app.Services.GetRequiredService<GeodataSet>().Version;
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT ST_X(geom), ST_Y(geom), border_side, border_distance_m, border_segment_id, nearest_crossing_id, nearest_crossing_m, gazetteer_version, revision, " +
            "(SELECT count(*) FROM incident_revisions r WHERE r.incident_id = i.id) FROM incidents i WHERE source = 'kill test'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var seen = 0;
        while (await reader.ReadAsync())
        {
            seen++;
            var expected = border.ContextOf(new GeoPoint(reader.GetDouble(0), reader.GetDouble(1)));
            var actual = new BorderContext(reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetDouble(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetDouble(6));
            Assert.Equal(expected, actual);
            Assert.Equal(version, reader.GetString(7));
            Assert.Equal(2, reader.GetInt32(8));
            Assert.Equal(1L, reader.GetInt64(9));
        }
        Assert.Equal(incidents, seen);
    }

    private async Task SeedStaleIncidentsAsync(int count, string source = "kill test")
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, created_by, updated_by, gazetteer_version) " +
            "SELECT DATE '2020-01-01' + g % 1000, 'battles', ST_SetSRID(ST_MakePoint(68 + (g % 300) * 0.01, 37 + (g % 47) * 0.01), 4326), 1, " +
            "$2, 'test', 'test', 'older' FROM generate_series(1, $1) g", connection);
        command.Parameters.AddWithValue(count);
        command.Parameters.AddWithValue(source);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string sql, long parameter)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}
