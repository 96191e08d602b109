using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Data.Reports;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Server.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Reports;

/// <summary>
/// POST and GET /api/v1/reports over the real server, its Hangfire worker (extraction is a job) and a
/// fresh PostGIS. Texts are written for these tests, not real reports.
/// </summary>
public sealed class ReportsApiTests(JobsApp app) : IClassFixture<JobsApp>
{
    private static JsonObject Report(string text, string published = "2023-03-14", string? url = null) =>
        new() { ["text"] = text, ["published"] = published, ["title"] = "test fixture", ["url"] = url };

    [Fact]
    public async Task A_report_is_accepted_stored_verbatim_and_its_incidents_carry_evidence()
    {
        const string text = "TEST FIXTURE. Tajik border guards clashed with smugglers near Farkhor on Sunday, killing two.";
        var receipt = await SubmitAsync(Report(text, url: "https://example.org/fixture/1"));
        Assert.False((bool)receipt["duplicate"]!);

        Assert.Equal("received", (string?)receipt["status"]);
        var report = await ExtractedAsync(receipt);
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
        await ExtractedAsync(first);
        var before = await app.CountRowsAsync("incidents");
        var second = await SubmitAsync(body);

        Assert.Equal((long)first["id"]!, (long)second["id"]!);
        Assert.True((bool)second["duplicate"]!);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task The_same_incident_from_two_sources_is_one_incident_with_both_sources()
    {
        var first = await ExtractedAsync(await SubmitAsync(Report("TEST FIXTURE. A mortar shell hit a house in the village of Chah Ab in Takhar on 22 October, killing three people.", "2022-10-24", "https://example.org/fixture/3a")));
        var second = await ExtractedAsync(await SubmitAsync(Report("TEST FIXTURE, other outlet. Three people died on 22 October when a mortar round struck a home in Chah Ab, Takhar province.", "2022-10-25", "https://example.org/fixture/3b")));

        var a = Assert.Single(first["incidents"]!.AsArray())!;
        var b = Assert.Single(second["incidents"]!.AsArray())!;
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

    [Fact]
    public async Task Two_extractions_of_one_report_at_once_store_its_incidents_once()
    {
        var id = await StoreWaitingReportAsync("TEST FIXTURE. Border guards clashed with smugglers near Panj on Monday, killing one.", TimeSpan.Zero);
        var processor = app.Services.GetRequiredService<ReportProcessor>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => processor.ProcessAsync(id, CancellationToken.None))));

        var report = await app.Client.GetJsonAsync($"/api/v1/reports/{id}");
        Assert.Equal("done", (string?)report["status"]);
        Assert.Single(report["incidents"]!.AsArray());
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM incidents WHERE report_id = $1", id));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM incident_sources WHERE report_id = $1", id));
    }

    [Fact]
    public async Task A_failure_half_way_through_a_report_writes_none_of_it_and_the_retry_writes_all_of_it()
    {
        const string text = "TEST FIXTURE. Border guards clashed with smugglers near Farkhor on 3 May, killing two. " +
                            "Separately, a mortar shell hit a house in Chah Ab in Takhar on 4 May, killing three people.";
        var id = await StoreWaitingReportAsync(text, TimeSpan.Zero, "2023-05-06");
        // The second incident's source row fails, after the first incident and its source were written in the same transaction.
        await ExecuteAsync($"""
            CREATE FUNCTION fail_second_source_{id}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.report_id = {id} AND EXISTS (SELECT 1 FROM incident_sources WHERE report_id = {id}) THEN
                    RAISE EXCEPTION 'test fixture: the second source of report {id} fails';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER fail_second_source_{id} BEFORE INSERT ON incident_sources FOR EACH ROW EXECUTE FUNCTION fail_second_source_{id}();
            """);
        try
        {
            var processor = app.Services.GetRequiredService<ReportProcessor>();
            await Assert.ThrowsAsync<PostgresException>(() => processor.ProcessAsync(id, CancellationToken.None));
            var failed = await app.Client.GetJsonAsync($"/api/v1/reports/{id}");
            Assert.Equal("failed", (string?)failed["status"]);
            Assert.Contains("second source", (string?)failed["error"]);
            Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM incidents WHERE report_id = $1 OR created_by = 'report:' || $1", id));
        }
        finally
        {
            await ExecuteAsync($"DROP TRIGGER fail_second_source_{id} ON incident_sources; DROP FUNCTION fail_second_source_{id}();");
        }

        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<BorderMap.Server.Jobs.ExtractReport>(job => job.RunAsync(id, CancellationToken.None));
        var done = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/reports/{id}"), r => (string?)r["status"] == "done", $"report {id} extracted on retry");
        Assert.Equal(2, done["incidents"]!.AsArray().Count);
        Assert.Equal(2L, await ScalarAsync("SELECT count(*) FROM incidents WHERE report_id = $1", id));
    }

    [Fact]
    public async Task A_report_whose_job_was_lost_is_extracted_by_the_waiting_reports_sweep()
    {
        var id = await StoreWaitingReportAsync("TEST FIXTURE. A landmine exploded near Shurobod on Tuesday, wounding a shepherd.", TimeSpan.FromHours(1));
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger("extract-waiting-reports");
        var done = await Eventually.WaitAsync(() => app.Client.GetJsonAsync($"/api/v1/reports/{id}"), r => (string?)r["status"] == "done", $"report {id} picked up by the sweep");
        Assert.Single(done["incidents"]!.AsArray());
    }

    /// <summary>A report stored as POST stores it, <paramref name="age"/> ago, with no job enqueued for it.</summary>
    private Task<long> StoreWaitingReportAsync(string text, TimeSpan age, string published = "2023-05-10") =>
        app.ScalarAsync<long>(
            "INSERT INTO reports (content_hash, title, published_on, text, received_by, received_at) VALUES ($1, 'test fixture', $2::date, $3, 'test', now() - $4) RETURNING id",
            ReportStore.ContentHash(text), published, text, age);

    private Task<long> ScalarAsync(string sql, long id) => app.ScalarAsync<long>(sql, id);

    private Task ExecuteAsync(string sql) => app.ExecuteAsync(sql);

    /// <summary>The report once its extraction job has run.</summary>
    private Task<JsonObject> ExtractedAsync(JsonObject receipt) =>
        Eventually.WaitAsync(() => app.Client.GetJsonAsync((string)receipt["location"]!), r => (string?)r["status"] is "done" or "failed", $"report {receipt["id"]} extracted");

    private async Task<JsonObject> SubmitAsync(JsonObject body)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/reports", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/v1/reports answered {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.Location);
        return JsonNode.Parse(text)!.AsObject();
    }
}
