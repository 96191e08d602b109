using System.Diagnostics;
using System.Net;
using BorderMap.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Abstractions;

namespace BorderMap.Server.Tests.Features.Analytics;

/// <summary>
/// 100,000 incidents along the border (as issue 17 had them), analysed by a server that runs one
/// analytics request at a time and queues none, so a request that takes the turn when it should
/// not is seen at once as a 503 for the next.
/// </summary>
public sealed class HeavyAnalyticsApp : BorderMapApp
{
    public const int Incidents = 100_000;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Limits:Analytics:Concurrent"] = "1",
        ["Limits:Analytics:Queue"] = "0",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        for (var batch = 0; batch < 10; batch++)
            await AnalyticsFixtures.InsertAsync(ConnectionString, AnalyticsFixtures.Scatter(Incidents / 10, batch, 71, 37.5, 4, 2024 - batch % 3));
        // What autovacuum does after a load: PostgreSQL's estimates are then those of the real table.
        await AnalyticsFixtures.ExecuteAsync(ConnectionString, "ANALYZE incidents");
    }
}

public sealed class AnalyticsCostTests(HeavyAnalyticsApp app, ITestOutputHelper output) : IClassFixture<HeavyAnalyticsApp>
{
    /// <summary>Issue 17's request: every parameter within its range, 380 s of both cores together.</summary>
    private const string IssueHeatmap = "/api/v1/analytics/heatmap?bbox=67,36,75,39&width=4096&height=4096&radiusM=200000";

    private const string SmallHeatmap = "/api/v1/analytics/heatmap?bbox=70,37,71,38&width=256&from=2024-01-01&to=2024-12-31";

    [Fact]
    public async Task The_issues_heatmap_is_refused_with_422_naming_its_parameters_while_a_small_one_sent_with_it_is_answered()
    {
        using var client = ClientWithPatience(TimeSpan.FromSeconds(60));
        // One light request first, so the timings below are of these requests, not of the server's first.
        using (var warm = await client.GetAsync("/api/v1/analytics/timeline?from=2024-01-01&to=2024-01-31"))
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        var heavyClock = Stopwatch.StartNew();
        var heavy = client.GetAsync(IssueHeatmap).ContinueWith(t => (Response: t.Result, heavyClock.Elapsed), TaskScheduler.Default);
        var smallClock = Stopwatch.StartNew();
        var small = client.GetAsync(SmallHeatmap).ContinueWith(t => (Response: t.Result, smallClock.Elapsed), TaskScheduler.Default);

        var (refused, refusedAfter) = await heavy;
        var (answered, answeredAfter) = await small;
        using (refused)
        using (answered)
        {
            output.WriteLine($"issue heatmap {(int)refused.StatusCode} in {refusedAfter.TotalMilliseconds:F0} ms; small heatmap {(int)answered.StatusCode} in {answeredAfter.TotalMilliseconds:F0} ms");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var errors = (await refused.ProblemAsync()).GetProperty("errors");
            foreach (var parameter in new[] { "radiusM", "width", "bbox" })
                Assert.Contains("Limits:Analytics:MaxKernelCells", errors.GetProperty(parameter)[0].GetString());
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
    }

    [Fact]
    public async Task Bad_parameters_and_hexagons_over_the_budget_are_refused_while_the_only_turn_is_taken()
    {
        // A lock on the incidents holds a first heatmap inside PostgreSQL, and with it the one turn.
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE", connection, transaction))
            await lockTable.ExecuteNonQueryAsync();
        var first = app.Client.GetAsync("/api/v1/analytics/heatmap?from=2024-01-01&to=2024-01-31&width=64");
        await LockWaits.WaitForAsync(app.ConnectionString, LockWaits.HeatmapPoints);

        foreach (var (url, field) in new[]
                 {
                     ("/api/v1/analytics/heatmap?format=exe", "format"),
                     ("/api/v1/analytics/hotspots?sizeM=0", "sizeM"),
                     ("/api/v1/analytics/heatmap?radiusM=-1&bbox=70,37,71,38", "radiusM"),
                     ("/maps/heatmap.png?width=99999", "width"),
                 })
        {
            using var response = await app.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}");
            Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), url);
        }
        using (var hexagons = await app.Client.GetAsync("/api/v1/analytics/hotspots?bbox=60,30,80,45&sizeM=100"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, hexagons.StatusCode);
            var errors = (await hexagons.ProblemAsync()).GetProperty("errors");
            Assert.Contains("Limits:Analytics:MaxHexagonPairs", errors.GetProperty("sizeM")[0].GetString());
            Assert.True(errors.TryGetProperty("bbox", out _));
        }

        await transaction.RollbackAsync();
        using var answered = await first;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task A_heatmap_whose_client_went_away_stops_and_gives_its_turn_back()
    {
        var records = new RecordingLoggerProvider();
        await using var server = StartUnbudgeted(maxSeconds: 600, records);
        using (var client = server.CreateClient())
        using (var leaving = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(IssueHeatmap, leaving.Token));

        // The sum would take minutes; once stopped, the request is logged as the client's (499).
        var logged = await records.WaitForAsync(e => e.Category.EndsWith("RequestLogging", StringComparison.Ordinal)
                                                     && e.Message.Contains("/api/v1/analytics/heatmap"), TimeSpan.FromSeconds(60));
        Assert.NotNull(logged);
        Assert.Contains("answered 499", logged.Message);
        using var next = await server.CreateClient().GetAsync(SmallHeatmap);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_heatmap_that_runs_past_its_time_cap_is_stopped_with_503()
    {
        await using var server = StartUnbudgeted(maxSeconds: 1, records: null);
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        using var response = await client.GetAsync(IssueHeatmap);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("Limits:Analytics:MaxSeconds", problem.GetProperty("detail").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    /// <summary>A second server over the same database whose budget lets issue 17's heatmap run.</summary>
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> StartUnbudgeted(int maxSeconds, RecordingLoggerProvider? records) =>
        BorderMapApp.Start(app.ConnectionString, new Dictionary<string, string?>
        {
            ["Limits:Analytics:Concurrent"] = "1",
            ["Limits:Analytics:Queue"] = "0",
            ["Limits:Analytics:MaxKernelCells"] = "1e18",
            ["Limits:Analytics:MaxSeconds"] = maxSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:BorderMap"] = "Information",
        }, web => web.ConfigureServices(services =>
        {
            if (records is not null) services.AddSingleton<ILoggerProvider>(records);
        }));

    private HttpClient ClientWithPatience(TimeSpan patience)
    {
        var client = app.ClientFor(Core.Access.ApiRole.Reader);
        client.Timeout = patience;
        return client;
    }
}
