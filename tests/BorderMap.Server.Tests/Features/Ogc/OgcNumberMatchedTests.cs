using System.Globalization;
using BorderMap.Data;
using BorderMap.Data.Tiles.Cells;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>
/// numberMatched of an incidents page with a bbox comes from the tile cells wholly inside it and the
/// points of its edges (issue 20): it must be the count PostgreSQL gives for every bbox and filter,
/// with points on the bbox's sides, and stay exact while the cells are stale after a write.
/// </summary>
public sealed class OgcNumberMatchedTests(OgcNumberMatchedTests.App gis) : IClassFixture<OgcNumberMatchedTests.App>
{
    /// <summary>The GIS fixture with CQL2-filtered pages counted only over at most 1,000 incidents.</summary>
    public sealed class App : GisApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Limits:NumberMatchedFilteredRowsMax"] = "1000" };
    }

    private static readonly string[] Filters = ["", "event_type=battles", "country=TJ", "geo_precision=2", "event_type=riots&country=AF&geo_precision=1"];

    [Fact]
    public async Task Every_bbox_and_filter_matches_what_postgresql_counts()
    {
        await RefreshCellsAsync();
        var random = new Random(20);
        var checkedBoxes = 0;
        for (var i = 0; i < 60; i++)
        {
            // Sides on the fixture's grid of points (every 0.018° lon, 0.017° lat from 70.0, 37.0) half the time.
            var w = Side(random, 69.95, 70.6, 0.018, 70.0);
            var s = Side(random, 36.95, 37.6, 0.017, 37.0);
            var box = new[] { w, s, w + 0.05 + random.NextDouble() * 0.9, s + 0.05 + random.NextDouble() * 0.9 };
            foreach (var filter in Filters)
            {
                Assert.Equal(await CountAsync(box, filter), await MatchedAsync(box, filter));
                checkedBoxes++;
            }
        }
        Assert.Equal(300, checkedBoxes);
    }

    [Fact]
    public async Task The_count_comes_from_the_cells_and_from_the_points_once_a_write_makes_them_stale()
    {
        await RefreshCellsAsync();
        double[] box = [70.05, 37.05, 70.75, 37.75];
        var points = await CountAsync(box, "");
        // Cells that disagree with the points show which one answered; they are put back after.
        await gis.ExecuteAsync("UPDATE incident_cells SET incidents = incidents + 1000 WHERE level = 15");
        try
        {
            Assert.True(await MatchedAsync(box, "") > points + 1000, "numberMatched did not come from the cells");
        }
        finally
        {
            await gis.ExecuteAsync("UPDATE incident_cells SET incidents = incidents - 1000 WHERE level = 15");
        }

        // A new incident inside the box marks its cell stale: until a refresh, the points are counted.
        await gis.ExecuteAsync("""
            INSERT INTO incidents (occurred_on, event_type, geom, country, geo_precision, source, created_by, updated_by)
            VALUES ('2024-05-01', 'battles', ST_SetSRID(ST_MakePoint(70.4, 37.4), 4326), 'TJ', 1, 'test', 'test', 'test')
            """);
        await gis.ExecuteAsync("UPDATE incident_cells SET incidents = incidents + 1000 WHERE level = 15");
        try
        {
            double[] other = [70.06, 37.05, 70.75, 37.75];
            Assert.Equal(await CountAsync(other, ""), await MatchedAsync(other, ""));
        }
        finally
        {
            await gis.ExecuteAsync("UPDATE incident_cells SET incidents = incidents - 1000 WHERE level = 15");
            await gis.ExecuteAsync("DELETE FROM incidents WHERE source = 'test' AND occurred_on = '2024-05-01'");
        }
    }

    [Fact]
    public async Task A_cql2_filtered_page_counts_only_where_the_filter_is_tested_on_few_incidents()
    {
        await RefreshCellsAsync();
        const string filter = "fatalities >= 3 AND event_type <> 'riots'";
        const string predicate = "fatalities >= 3 AND event_type <> 'riots'";
        // 0.3° x 0.3°: ~17 x 18 of the fixture's grid points, well under 1,000.
        var small = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=5&bbox=70.1,37.1,70.4,37.4&filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE status = 'active' AND ({predicate}) AND geom && ST_MakeEnvelope(70.1, 37.1, 70.4, 37.4, 4326)"),
            (long)small["numberMatched"]!);
        // The whole fixture, 2,600 incidents to test: the page comes without numberMatched, its items as ever.
        var large = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=5&bbox={GisApp.IncidentBbox}&filter={Uri.EscapeDataString(filter)}");
        Assert.False(large.ContainsKey("numberMatched"));
        Assert.Equal(5, (int)large["numberReturned"]!);
    }

    private static double Side(Random random, double from, double to, double step, double origin) =>
        random.Next(2) == 0
            ? origin + step * random.Next((int)((to - origin) / step))
            : from + random.NextDouble() * (to - from);

    private async Task RefreshCellsAsync()
    {
        await using var dataSource = BorderMapDataSource.Create(gis.App.ConnectionString);
        // The server's own refresher may hold the refresh lock; wait for the table to be up to date.
        for (var i = 0; i < 200 && await gis.ScalarAsync("SELECT count(*) FROM incident_cells_stale") > 0; i++)
            if (await IncidentCells.RefreshAsync(dataSource, CancellationToken.None) is null) await Task.Delay(50);
        Assert.Equal(0, await gis.ScalarAsync("SELECT count(*) FROM incident_cells_stale"));
    }

    private Task<long> CountAsync(double[] box, string filter)
    {
        var where = string.Join(" AND ", filter.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => $"{p[0]} = '{p[1]}'").Prepend("status = 'active'"));
        return gis.ScalarAsync(FormattableString.Invariant(
            $"SELECT count(*) FROM incidents WHERE {where} AND geom && ST_MakeEnvelope({box[0]:R}, {box[1]:R}, {box[2]:R}, {box[3]:R}, 4326)"));
    }

    private async Task<long> MatchedAsync(double[] box, string filter)
    {
        var bbox = string.Join(',', box.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        var page = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=1&bbox={bbox}{(filter == "" ? "" : "&" + filter)}");
        return (long)page["numberMatched"]!;
    }
}
