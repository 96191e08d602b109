using System.Net;
using BorderMap.Server.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>What is on the screen besides the map's data: the synthetic banner, a phone's layout, the favicon, compression.</summary>
public sealed class ViewerScreenTests(ViewerApp app) : IClassFixture<ViewerApp>
{
    /// <summary>
    /// Far out the map draws the server's overview of the basemap, line and segments; coming to zoom
    /// 7.5 it loads the full layers (its worker asks for them).
    /// </summary>
    [Fact]
    public async Task The_overview_layers_give_way_to_the_full_ones_from_zoom_7_5()
    {
        string[] overview = ["/viewer/overview/basemap.json", "/viewer/overview/line.json", "/viewer/overview/segments.json"];
        string[] full = ["/api/v1/basemap", "/api/v1/border/line", "/api/v1/border/segments"];
        var page = await app.NewPageAsync();
        var asked = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Context.Request += (_, request) => asked.Enqueue(new Uri(request.Url).AbsolutePath);
        await app.OpenAsync(page, "#map=6.50/37.5000/70.5000");
        Assert.All(overview, path => Assert.Contains(path, asked));
        Assert.DoesNotContain(asked, full.Contains);

        await page.EvaluateAsync("() => { window.borderMap.jumpTo({ zoom: 8 }); }");
        await ViewerPage.WaitForIdleAsync(page);
        Assert.All(full, path => Assert.Contains(path, asked));
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_synthetic_banner_shows_only_while_synthetic_incidents_are_in_view()
    {
        // in the Wakhan, away from every real fixture incident
        await app.ExecuteAsync("""
            INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, synthetic, created_by, updated_by)
            SELECT '2023-03-03', 'battles', ST_SetSRID(ST_MakePoint(74.10, 37.05), 4326), 1, 'benchmark generator', true, 'test', 'test'
            WHERE NOT EXISTS (SELECT 1 FROM incidents WHERE synthetic)
            """);
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200");
        await ViewerPage.VisibleCountAsync(page);
        Assert.True(await page.Locator("#synthetic-banner").IsHiddenAsync());

        page = await app.NewPageAsync(); // a new hash alone does not reload the page
        await app.OpenAsync(page, "#map=9.00/37.0500/74.1000");
        await ViewerPage.VisibleCountAsync(page);
        await Assertions.Expect(page.Locator("#synthetic-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#incident-rows .synthetic-badge")).ToHaveCountAsync(1);
        await app.ScreenshotAsync(page, "synthetic");
        Assert.Empty(app.Errors);
    }

    /// <summary>
    /// 390 × 844 (a phone): the header stays one line, the filters fold into a panel whose every
    /// control is on the screen when opened, the map keeps most of the height, and the attribution
    /// folds into a button instead of covering it.
    /// </summary>
    [Fact]
    public async Task At_390_px_every_control_is_on_screen_and_the_map_keeps_most_of_it()
    {
        var page = await app.NewPageAsync(390, 844);
        await app.OpenAsync(page, "#map=6.50/37.5000/70.5000");
        var header = (await page.Locator("#filters").BoundingBoxAsync())!;
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        Assert.True(header.Height <= 48, $"the header is {header.Height} px high");
        Assert.True(map.Height >= 0.45 * 844, $"the map is {map.Height} px of 844");
        var attribution = (await page.Locator(".maplibregl-ctrl-attrib").BoundingBoxAsync())!;
        Assert.True(attribution.Height <= 30, $"the attribution is {attribution.Height} px high");

        await page.ClickAsync("#filters-toggle");
        var controls = page.Locator("#filter-panel input, #filter-panel select, #filter-panel a, #filters-toggle, #place-search, #clear-dates");
        var outside = new List<string>();
        for (var i = 0; i < await controls.CountAsync(); i++)
        {
            var control = controls.Nth(i);
            await control.ScrollIntoViewIfNeededAsync();
            var box = await control.BoundingBoxAsync();
            if (box is null || box.X < 0 || box.X + box.Width > 390 || box.Y < 0 || box.Y + box.Height > 844)
                outside.Add($"{await control.EvaluateAsync<string>("e => e.id || e.value || e.textContent")}: {(box is null ? "hidden" : $"{box.X:F0},{box.Y:F0} {box.Width:F0}×{box.Height:F0}")}");
        }
        Assert.Empty(outside);
        await app.ScreenshotAsync(page, "phone-filters");
        await page.ClickAsync("#filters-toggle");
        await app.ScreenshotAsync(page, "phone");
        Assert.Empty(app.Errors);
    }

    /// <summary>axe-core (Deque) over the whole page, on a laptop and on a phone with the filters open: no serious or critical violation.</summary>
    [Theory]
    [InlineData(1280, 800, false)]
    [InlineData(390, 844, true)]
    public async Task Axe_finds_no_serious_or_critical_violation(int width, int height, bool openFilters)
    {
        var page = await app.NewPageAsync(width, height);
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200&country=TJ");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#incident-rows li[data-id]').length === 3");
        if (openFilters) await page.ClickAsync("#filters-toggle");

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Empty(app.Errors);
    }

    /// <summary>
    /// Tabbing from the top of the page reaches every control a person can use: the search, every
    /// filter, the links, the legend, the map and its zoom buttons, each row of the list and its
    /// source link, the timeline's reset; and after the last one it comes round to the first.
    /// </summary>
    [Fact]
    public async Task Tab_reaches_every_control_of_the_page()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=9.00/37.2300/69.4200&country=TJ");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#incident-rows li[data-id]').length === 3");
        // every element a pointer could use, as the page lays it out now: each gets a name to be found by
        var controls = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .map((e, i) => { e.dataset.control = String(i); return `${i} ${e.tagName.toLowerCase()}#${e.id} ${(e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 40)}`; })
            """);
        Assert.True(controls.Length > 20, $"{controls.Length} controls: {string.Join(" | ", controls)}");

        var reached = new HashSet<string>();
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < controls.Length + 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var control = await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.control ?? null");
            if (control is not null) reached.Add(control);
        }
        var missed = controls.Where(c => !reached.Contains(c.Split(' ')[0])).ToList();
        Assert.True(missed.Count == 0, $"not reached by Tab: {string.Join(" | ", missed)}");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_favicon_is_served_without_a_key()
    {
        using var response = await app.Anonymous.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/viewer/vendor/maplibre-gl.mjs", "br")]
    [InlineData("/api/v1/basemap", "gzip")]
    public async Task Static_files_and_json_are_compressed_for_browsers_that_ask(string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await app.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_list_names_no_key_to_anonymous_callers()
    {
        var anonymous = await app.Anonymous.GetJsonAsync("/api/v1/incidents?limit=1");
        var keyed = await app.Client.GetJsonAsync("/api/v1/incidents?limit=1");
        Assert.False(anonymous["features"]![0]!["properties"]!.AsObject().ContainsKey("createdBy"));
        Assert.NotNull(keyed["features"]![0]!["properties"]!["createdBy"]);
    }
}
