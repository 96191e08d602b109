using BorderMap.Core.Alerts;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Alerts;

public sealed class AlertEvaluationTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_rule_fires_once_per_window_and_never_twice()
    {
        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 2));
        var may8 = new[] { await app.Client.PostIncidentAtAsync(region, "2022-05-08"), await app.Client.PostIncidentAtAsync(region, "2022-05-08", 0.2) };
        await app.Client.PostIncidentAtAsync(region, "2022-05-09");
        var may10 = new[] { await app.Client.PostIncidentAtAsync(region, "2022-05-10"), await app.Client.PostIncidentAtAsync(region, "2022-05-10", 0.7) };

        var first = await app.Client.CheckAsync(rule);
        Assert.Equal(["2022-05-08", "2022-05-10"], first.Select(a => a.WindowStart()).Order());
        Assert.Equal(may8, first.Single(a => a.WindowStart() == "2022-05-08").IncidentIds());
        Assert.Equal(may10, first.Single(a => a.WindowStart() == "2022-05-10").IncidentIds());

        Assert.Empty(await app.Client.CheckAsync(rule));
        await app.Client.PostIncidentAtAsync(region, "2022-05-08", 0.9);
        Assert.Empty(await app.Client.CheckAsync(rule));
        Assert.Equal(2, await CountAlertsAsync(rule));
    }

    [Fact]
    public async Task The_database_refuses_a_second_alert_for_the_same_rule_and_window()
    {
        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 1));
        await app.Client.PostIncidentAtAsync(region, "2021-01-05");
        Assert.Single(await app.Client.CheckAsync(rule));

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var duplicate = new NpgsqlCommand(
            "INSERT INTO alerts (rule_id, window_start, window_end, incident_count, fatalities, incident_ids, severity, delivery_state) " +
            "VALUES ($1, DATE '2021-01-05', DATE '2021-01-06', 1, 0, '{}', 'high', 'none')", connection);
        duplicate.Parameters.AddWithValue(rule);
        var error = await Assert.ThrowsAsync<PostgresException>(() => duplicate.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task A_late_back_dated_incident_triggers_the_window_it_belongs_to()
    {
        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 2, windowHours: 7 * 24));
        var window = AlertWindow.Containing(new DateOnly(2022, 3, 2), 7);
        var onTime = await app.Client.PostIncidentAtAsync(region, window.Start.AddDays(1).ToString("yyyy-MM-dd"));
        await app.Client.PostIncidentAtAsync(region, window.End.ToString("yyyy-MM-dd")); // the next window
        Assert.Empty(await app.Client.CheckAsync(rule));

        var late = await app.Client.PostIncidentAtAsync(region, window.Start.ToString("yyyy-MM-dd"), 0.3);
        var alert = Assert.Single(await app.Client.CheckAsync(rule));
        Assert.Equal(window.Start.ToString("yyyy-MM-dd"), alert.WindowStart());
        Assert.Equal(window.End.ToString("yyyy-MM-dd"), alert["window"]!["end"]!.GetValue<string>());
        Assert.Equal([onTime, late], alert.IncidentIds().Order());
    }

    [Fact]
    public async Task A_rise_rule_fires_only_when_the_window_rises_above_its_baseline()
    {
        var region = app.NewRegion();
        var body = AlertApi.Rule(region, minCount: 1);
        body["baseline"] = new System.Text.Json.Nodes.JsonObject { ["windows"] = 2, ["risePercent"] = 50 };
        var rule = await app.Client.PostRuleAsync(body);
        // 2, 2, 3 and 4 incidents on 1–4 June: 3 June is +50 % over its baseline (2, 2), not above; 4 June is +60 % over (3, 2)
        foreach (var (day, count) in new[] { ("2020-06-01", 2), ("2020-06-02", 2), ("2020-06-03", 3), ("2020-06-04", 4) })
            for (var i = 0; i < count; i++)
                await app.Client.PostIncidentAtAsync(region, day, 0.1 + 0.1 * i);

        var created = await app.Client.CheckAsync(rule);
        // 1 June rises over an empty baseline; 2 June has a baseline of 1 (2 and 0) and rises 100 %
        Assert.Equal(["2020-06-01", "2020-06-02", "2020-06-04"], created.Select(a => a.WindowStart()).Order());
        Assert.Equal(2.5, created.Single(a => a.WindowStart() == "2020-06-04")["baselineAverage"]!.GetValue<double>());
    }

    [Fact]
    public async Task Acknowledging_an_alert_records_who_and_when_and_lists_it_as_acknowledged()
    {
        var region = app.NewRegion();
        var rule = await app.Client.PostRuleAsync(AlertApi.Rule(region, minCount: 1));
        await app.Client.PostIncidentAtAsync(region, "2019-11-11");
        var alert = Assert.Single(await app.Client.CheckAsync(rule));
        var id = alert["id"]!.GetValue<long>();

        using var ack = await app.Client.PostAsync($"/api/v1/alerts/{id}/ack", null);
        Assert.True(ack.IsSuccessStatusCode);
        var listed = await app.Client.GetJsonAsync($"/api/v1/alerts?ruleId={rule}&acknowledged=true");
        var only = Assert.Single(listed["alerts"]!.AsArray());
        Assert.StartsWith("key:test-Admin#", only!["acknowledgedBy"]!.GetValue<string>());
        Assert.Empty((await app.Client.GetJsonAsync($"/api/v1/alerts?ruleId={rule}&acknowledged=false"))["alerts"]!.AsArray());
    }

    private async Task<long> CountAlertsAsync(long rule)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM alerts WHERE rule_id = $1", connection);
        command.Parameters.AddWithValue(rule);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
