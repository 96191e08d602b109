using System.Globalization;
using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>
/// What happened where, in a real Chromium: typed points when a filter leaves few, cluster counts
/// that keep clear of each other and of the labels, the list beside the map, the popup from a row.
/// </summary>
public sealed class ViewerIncidentsTests(ViewerApp app) : IClassFixture<ViewerApp>
{
    /// <summary>The opening view: the whole border at zoom 6.5.</summary>
    private const string Opening = "map=6.50/37.5000/70.5000";

    [Fact]
    public async Task A_filter_matching_few_incidents_draws_them_as_typed_points_at_the_opening_zoom()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#" + Opening);
        // all eleven: more than a tile draws one by one here, so some are clusters
        Assert.NotEmpty(await page.EvaluateAsync<int[]>("() => window.borderMap.queryRenderedFeatures({ layers: ['incident-clusters'] }).map(f => f.properties.count)"));

        page = await app.NewPageAsync();
        await app.OpenAsync(page, $"#{Opening}&types=violence_against_civilians");
        var types = await page.EvaluateAsync<string[]>(
            "() => window.borderMap.queryRenderedFeatures({ layers: ['incident-points'] }).map(f => f.properties.event_type)");
        Assert.Equal(["violence_against_civilians", "violence_against_civilians"], types.Order().ToArray());
        Assert.Empty(await page.EvaluateAsync<int[]>("() => window.borderMap.queryRenderedFeatures({ layers: ['incident-clusters'] }).map(f => 1)"));
        await app.ScreenshotAsync(page, "few-points");
        Assert.Empty(app.Errors);
    }

    /// <summary>The counts MapLibre placed (it leaves out those that would collide) never overlap one another or a place label.</summary>
    [Fact]
    public async Task Cluster_counts_keep_clear_of_each_other_and_of_place_labels()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=5.00/37.4000/70.6000");
        var boxes = await page.EvaluateAsync<double[][]>("""
            () => window.borderMap.queryRenderedFeatures({ layers: ['incident-cluster-counts'] }).map(f => {
              // a count's box, centred on its anchor: 10.5 px bold digits are about 6.5 px wide
              const p = window.borderMap.project(f.geometry.coordinates), half = String(f.properties.count).length * 3.25;
              return [p.x - half, p.y - 5.5, p.x + half, p.y + 5.5];
            })
            """);
        var layout = await page.EvaluateAsync<bool[]>(
            "() => [window.borderMap.getLayoutProperty('incident-cluster-counts', 'text-allow-overlap') === true, window.borderMap.getLayoutProperty('incident-cluster-counts', 'text-ignore-placement') === true, window.borderMap.getLayoutProperty('province-labels', 'text-ignore-placement') === true]");
        Assert.Equal([false, false, false], layout);
        Assert.NotEmpty(boxes);
        for (var i = 0; i < boxes.Length; i++)
            for (var j = i + 1; j < boxes.Length; j++)
                Assert.False(Overlap(boxes[i], boxes[j]), $"cluster counts at ({boxes[i][0]:F0}, {boxes[i][1]:F0}) and ({boxes[j][0]:F0}, {boxes[j][1]:F0}) overlap");
        await app.ScreenshotAsync(page, "clusters");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_list_shows_the_incidents_in_view_newest_first_as_the_map_draws_them()
    {
        var page = await app.NewPageAsync();
        // the three Tajik incidents near Shahritus: few enough to be drawn one by one
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200&country=TJ");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#incident-rows li[data-id]').length === 3");

        var rows = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#incident-rows li[data-id]')].map(li => [li.dataset.id, li.dataset.date, li.querySelector('.source').textContent])");
        var expected = ViewerApp.Near.Where(n => n.Country == "TJ").Select(n => n.Date).OrderDescending().ToArray();
        Assert.Equal(expected, rows.Select(r => r[1]).ToArray());
        Assert.All(rows, r => Assert.Contains("test fixture", r[2]));
        Assert.Equal(3, await ViewerPage.VisibleCountAsync(page));
        var drawn = await ViewerPage.DrawnPointsAsync(page);
        Assert.Equal(rows.Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).Order(), drawn.Order());
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Choosing_a_row_flies_to_its_incident_and_opens_the_popup_and_clicking_a_point_marks_its_row()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200&country=TJ");
        var row = page.Locator("#incident-rows li[data-id]").Nth(1);
        var date = await row.GetAttributeAsync("data-date");
        await row.Locator("button.incident").ClickAsync();

        await Assertions.Expect(page.Locator(".incident-popup .date")).ToHaveTextAsync(date!);
        await Assertions.Expect(page.Locator(".incident-popup .source")).ToContainTextAsync("test fixture");
        var (lon, lat, _, _, _) = ViewerApp.Near.Single(n => n.Date == date);
        var centre = await page.EvaluateAsync<double[]>("() => { const c = window.borderMap.getCenter(); return [c.lng, c.lat, window.borderMap.getZoom()]; }");
        Assert.Equal(lon, centre[0], 0.01);
        Assert.Equal(lat, centre[1], 0.01);
        Assert.True(centre[2] >= 11, $"zoom {centre[2]}");
        await app.ScreenshotAsync(page, "row-chosen");

        // a click on another incident's marker marks that row
        page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200&country=TJ");
        var other = ViewerApp.Near.First(n => n.Country == "TJ");
        var point = await page.EvaluateAsync<double[]>($"() => {{ const p = window.borderMap.project([{ViewerPage.Invariant(other.Lon)}, {ViewerPage.Invariant(other.Lat)}]); return [p.x, p.y]; }}");
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#incident-rows li[data-id]').length === 3");
        await page.Mouse.ClickAsync((float)(box.X + point[0]), (float)(box.Y + point[1]));
        await Assertions.Expect(page.Locator("#incident-rows li.selected")).ToHaveAttributeAsync("data-date", other.Date);
        Assert.Empty(app.Errors);
    }

    private static bool Overlap(double[] a, double[] b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
