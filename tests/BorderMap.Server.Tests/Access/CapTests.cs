using System.Net;
using BorderMap.Server.Tests.Support;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BorderMap.Server.Tests.Access;

/// <summary>
/// The GIS fixture (2,600 incidents, one a day from 2020-01-01) behind caps set below its size: an
/// export holds at most 1,000 incidents, numberMatched is counted up to 1,000, and one heatmap (or
/// hotspot, or map) runs at a time with no queue, so the tests can see each cap bite.
/// </summary>
public sealed class CappedGisApp : GisApp
{
    public const int Cap = 1000;

    /// <summary>1,000 fixture days: 2020-01-01 to 2022-09-26 holds exactly the cap, one day more is over it.</summary>
    public const string AtTheCap = "from=2020-01-01&to=2022-09-26";

    public const string OneOverTheCap = "from=2020-01-01&to=2022-09-27";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Limits:ExportMaxRows"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:NumberMatchedMax"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:Analytics:Concurrent"] = "1",
        ["Limits:Analytics:Queue"] = "0",
        ["Limits:Analytics:RetryAfterSeconds"] = "7",
    };
}

public sealed class CapTests(CappedGisApp gis) : IClassFixture<CappedGisApp>
{
    [Theory]
    [InlineData("incidents.csv")]
    [InlineData("incidents.geojson")]
    [InlineData("incidents.gpkg")]
    [InlineData("incidents.shp.zip")]
    [InlineData("incidents.kml")]
    [InlineData("incidents.csv?country=TJ")]
    [InlineData("incidents.geojson?bbox=69.99,36.99,70.91,37.91")]
    [InlineData("incidents.gpkg?" + CappedGisApp.OneOverTheCap)]
    [InlineData("incidents.kml?near=70.45,37.45&radiusKm=100")]
    [InlineData("incidents.csv?minPrecision=3&includeRetracted=true")]
    public async Task An_export_over_the_cap_is_refused_with_422_naming_the_cap_before_any_file_is_sent(string url)
    {
        using var response = await gis.Client.GetAsync($"/api/v1/exports/{url}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var problem = await response.ProblemAsync();
        Assert.Equal(CappedGisApp.Cap, problem.GetProperty("maxRows").GetInt32());
        var message = problem.GetProperty("errors").GetProperty("filters")[0].GetString();
        Assert.Contains("1,000", message);
        Assert.Contains("Limits:ExportMaxRows", message);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("geojson")]
    public async Task An_export_of_exactly_the_cap_is_written_whole(string format)
    {
        using var response = await gis.Client.GetAsync($"/api/v1/exports/incidents.{format}?{CappedGisApp.AtTheCap}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var written = format == "csv"
            ? text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1
            : System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("features").GetArrayLength();
        Assert.Equal(CappedGisApp.Cap, written);
    }

    [Fact]
    public async Task NumberMatched_is_given_up_to_the_cap_and_left_out_beyond_it_while_paging_still_reaches_every_item()
    {
        var atCap = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=10&datetime=2020-01-01/2022-09-26");
        Assert.Equal(CappedGisApp.Cap, (long)atCap["numberMatched"]!);
        var overCap = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=10&datetime=2020-01-01/2022-09-27");
        Assert.False(overCap.ContainsKey("numberMatched"), overCap.ToJsonString());

        var url = "/ogc/collections/incidents/items?limit=1000";
        var seen = new HashSet<long>();
        while (url is not null)
        {
            var page = await gis.Client.GetJsonAsync(url);
            Assert.False(page.ContainsKey("numberMatched"));
            Assert.Equal(page.Ids().Count, (int)page["numberReturned"]!);
            foreach (var id in page.Ids()) Assert.True(seen.Add(id));
            url = page.NextLink();
        }
        Assert.Equal(GisApp.Incidents, seen.Count);
    }

    [Fact]
    public async Task A_heatmap_beyond_the_running_one_and_its_queue_gets_503_with_retry_after_while_light_requests_flow()
    {
        // A lock on the incidents table holds the first heatmap inside PostgreSQL, and so its permit.
        await using var connection = new NpgsqlConnection(gis.App.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE", connection, transaction))
            await lockTable.ExecuteNonQueryAsync();

        var first = gis.Client.GetAsync("/api/v1/analytics/heatmap?from=2021-01-01&to=2021-12-31&width=64");
        await LockWaits.WaitForAsync(gis.App.ConnectionString, LockWaits.HeatmapPoints);

        using (var refused = await gis.Client.GetAsync("/api/v1/analytics/heatmap?from=2022-01-01&to=2022-12-31&width=64"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(503, (await refused.ProblemAsync()).GetProperty("status").GetInt32());
        }
        // Hotspots and rendered maps are the same class of request; a light request is not.
        using (var hotspots = await gis.Client.GetAsync("/api/v1/analytics/hotspots?from=2022-01-01&to=2022-12-31"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, hotspots.StatusCode);
        using (var light = await gis.Client.GetAsync("/api/v1/gazetteer/search?q=Khorog"))
            Assert.Equal(HttpStatusCode.OK, light.StatusCode);

        await transaction.RollbackAsync();
        using var answered = await first;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var after = await gis.Client.GetAsync("/api/v1/analytics/heatmap?from=2022-01-01&to=2022-12-31&width=64");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("Limits:ExportMaxRows", "0")]
    [InlineData("Limits:NumberMatchedMax", "-1")]
    [InlineData("Limits:Analytics:Concurrent", "0")]
    [InlineData("Limits:Exports:Queue", "-1")]
    [InlineData("Access:KeyPerMinuteByName:load-client", "0")]
    public void A_server_with_a_limit_out_of_range_refuses_to_start(string key, string value)
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
        {
            using var factory = BorderMapApp.Start(gis.App.ConnectionString, new Dictionary<string, string?> { [key] = value });
        });
        Assert.IsType<OptionsValidationException>(failure.GetBaseException());
    }
}
