using System.Globalization;
using BorderMap.Core.Incidents;
using BorderMap.Rendering.Styles;
using Microsoft.Playwright;
using SkiaSharp;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>The web viewer in a real Chromium against the real server: map, popup, timeline brush, URL state.</summary>
public sealed class ViewerTests(ViewerApp app) : IClassFixture<ViewerApp>
{
    /// <summary>Zoom 9 over the four incidents near Shahritus: clusters, all four in view, nothing from the Pamir.</summary>
    private const string NearView = "map=9.00/37.2300/69.4200";

    [Fact]
    public async Task The_map_draws_the_basemap_border_and_incidents()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=6.80/37.3000/70.6000");
        await app.ScreenshotAsync(page, "map");

        using var bitmap = SKBitmap.Decode(await page.Locator("#map canvas").ScreenshotAsync());
        var colours = new HashSet<SKColor>();
        var countryFill = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                if (Near(pixel, new SKColor(0xf6, 0xf1, 0xe4))) countryFill++;
            }
        Assert.True(colours.Count > 20, $"the canvas has only {colours.Count} colours");
        Assert.True(countryFill > 1000, $"only {countryFill} sampled pixels have the colour of Tajikistan or Afghanistan");
        Assert.Equal(ViewerApp.Near.Length + 7, await ViewerPage.VisibleCountAsync(page));
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Clicking_an_incident_opens_its_popup_with_its_date()
    {
        var page = await app.NewPageAsync();
        var (lon, lat, date, _, _) = ViewerApp.Near[0];
        await app.OpenAsync(page, FormattableString.Invariant($"#map=11.00/{lat:F4}/{lon:F4}"));

        var point = await page.EvaluateAsync<double[]>($"() => {{ const p = window.borderMap.project([{ViewerPage.Invariant(lon)}, {ViewerPage.Invariant(lat)}]); return [p.x, p.y]; }}");
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + point[0]), (float)(box.Y + point[1]));

        await Assertions.Expect(page.Locator(".incident-popup .date")).ToHaveTextAsync(date);
        await Assertions.Expect(page.Locator(".maplibregl-popup")).ToContainTextAsync("Battles");
        await Assertions.Expect(page.Locator(".maplibregl-popup")).ToContainTextAsync("test fixture");
        await app.ScreenshotAsync(page, "popup");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Brushing_the_timeline_filters_the_map_to_the_period()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#" + NearView);
        Assert.Equal(4, await ViewerPage.VisibleCountAsync(page));
        await page.Locator("#timeline-chart rect:not(.brush)").First.WaitForAsync();

        // from a little before the last bar of 2022 to the end: the two incidents of 2023 in this view
        var chart = (await page.Locator("#timeline-chart").BoundingBoxAsync())!;
        var from = await page.EvaluateAsync<double>("() => { const r = document.querySelector('#timeline-chart').getBoundingClientRect(); const bars = [...document.querySelectorAll('#timeline-chart rect:not(.brush)')]; const y2022 = bars.filter(b => b.querySelector('title').textContent.startsWith('2022')); return Math.max(...y2022.map(b => b.getBoundingClientRect().right)) + 2; }");
        await page.Mouse.MoveAsync((float)from, chart.Y + chart.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(chart.X + chart.Width - 2, chart.Y + chart.Height / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();

        await page.WaitForFunctionAsync("() => location.hash.includes('from=')");
        Assert.StartsWith("2022-", await page.InputValueAsync("#from"));
        await ViewerPage.WaitForIdleAsync(page);
        Assert.Equal(2, await ViewerPage.VisibleCountAsync(page));
        await app.ScreenshotAsync(page, "brushed");
        Assert.Empty(app.Errors);
    }

    // Once intermittent (2 of 5 CI runs): the count was taken on the map's 'idle', which never fires
    // when the last tile to reload after a filter change is one whose bytes (ETag) did not change.
    [Fact]
    public async Task A_reload_restores_the_view_and_the_filters_from_the_url()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#" + NearView);
        await page.SelectOptionAsync("#country", "TJ");
        await page.WaitForFunctionAsync("() => document.getElementById('visible-count').dataset.count === '3'");
        await page.EvaluateAsync("() => { window.borderMap.jumpTo({ center: [69.5, 37.2], zoom: 9.5 }); }");
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#map=9.50/37.2000/69.5000&')");
        Assert.Contains("country=TJ", page.Url);

        await page.ReloadAsync();
        await ViewerPage.WaitForIdleAsync(page);

        Assert.Equal("TJ", await page.InputValueAsync("#country"));
        var view = await page.EvaluateAsync<double[]>("() => { const c = window.borderMap.getCenter(); return [window.borderMap.getZoom(), c.lng, c.lat]; }");
        Assert.Equal(9.5, view[0], 3);
        Assert.Equal(69.5, view[1], 3);
        Assert.Equal(37.2, view[2], 3);
        await page.WaitForFunctionAsync("() => document.getElementById('visible-count').dataset.count === '3'");
        Assert.Empty(app.Errors);
    }

    /// <summary>
    /// The race that made the reload test intermittent, forced: after the side filter changes, every
    /// tile reloads with the new URL, and the tiles with no incidents come back byte-identical (same
    /// ETag), which MapLibre marks loaded without an event or a repaint. Held back until after the one
    /// changed tile has been drawn, they leave the map with no further 'idle', which the count once waited for.
    /// </summary>
    [Fact]
    public async Task The_count_follows_a_filter_when_unchanged_tiles_arrive_last()
    {
        var page = await app.NewPageAsync();
        var heldBack = 0;
        await page.RouteAsync("**/tiles/incidents/**", async route =>
        {
            var response = await route.FetchAsync();
            if (route.Request.Url.Contains("country=TJ", StringComparison.Ordinal) && (await response.BodyAsync()).Length == 0)
            {
                Interlocked.Increment(ref heldBack);
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        await app.OpenAsync(page, "#" + NearView);
        Assert.Equal(4, await ViewerPage.VisibleCountAsync(page));

        await page.SelectOptionAsync("#country", "TJ");
        await page.WaitForFunctionAsync("() => document.getElementById('visible-count').dataset.count === '3'");
        await ViewerPage.WaitForIdleAsync(page); // the held-back tiles have arrived
        Assert.True(heldBack > 0, "no empty tile was held back: the view no longer has the shape this test needs");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_viewer_colours_event_types_with_the_renderers_palette()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=11.00/37.2000/69.3000");

        // each type's marker on the map and in the legend: the renderer's colour (read from the
        // marker's middle pixel) and shape; the legend has a row for each type and each other layer
        var markers = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#legend li[data-layer^="type-"]')].map(row => {
              const canvas = row.querySelector('canvas');
              const [r, g, b] = canvas.getContext('2d').getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
              const image = window.borderMap.getImage('marker-' + row.dataset.layer.slice(5));
              return [row.dataset.layer.slice(5), row.textContent, `#${[r, g, b].map(v => v.toString(16).padStart(2, '0')).join('')}`, String(!!image)];
            })
            """);
        Assert.Equal(EventType.All.Select(t => t.Code), markers.Select(m => m[0]));
        foreach (var type in EventType.All)
        {
            var row = markers.Single(m => m[0] == type.Code);
            Assert.Equal(type.Label, row[1]);
            Assert.Equal(Hex(IncidentStyles.ColorFor(type.Code)), row[2]);
        }
        Assert.Contains(markers, m => m[3] == "true"); // the map drew with the same markers (made when a tile first needed one)
        var layers = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#legend li')].map(li => li.dataset.layer)");
        Assert.Superset(new HashSet<string> { "clusters", "border", "segments", "crossings", "precision-2", "precision-3", "stretches" }, layers.ToHashSet());

        using var palette = System.Text.Json.JsonDocument.Parse(await app.Anonymous.GetStringAsync("/viewer/event-types.json"));
        foreach (var type in palette.RootElement.GetProperty("eventTypes").EnumerateArray())
        {
            var expected = IncidentStyles.For(type.GetProperty("code").GetString()).SymbolType switch
            {
                SymbolType.Triangle => "triangle",
                SymbolType.Rectangle => "square",
                _ => "circle",
            };
            Assert.Equal(expected, type.GetProperty("shape").GetString());
        }

        // and a drawn point has that colour: the battle at Near[0], in the middle of the view
        var (lon, lat, _, type0, _) = ViewerApp.Near[0];
        await page.EvaluateAsync($"() => {{ window.borderMap.jumpTo({{ center: [{ViewerPage.Invariant(lon)}, {ViewerPage.Invariant(lat)}], zoom: 11 }}); }}");
        await ViewerPage.WaitForIdleAsync(page);
        var box = (await page.Locator("#map canvas").BoundingBoxAsync())!;
        using var bitmap = SKBitmap.Decode(await page.Locator("#map canvas").ScreenshotAsync());
        var centre = bitmap.GetPixel((int)(box.Width / 2), (int)(box.Height / 2));
        Assert.True(Near(centre, IncidentStyles.ColorFor(type0)), $"the incident in the middle of the view is drawn {centre}, not {IncidentStyles.ColorFor(type0)}");
        await app.ScreenshotAsync(page, "palette");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Places_and_crossings_are_labelled_with_glyphs_the_server_makes()
    {
        var page = await app.NewPageAsync();
        var glyphs = new List<string>();
        page.Response += (_, response) => { if (response.Url.Contains("/viewer/glyphs/", StringComparison.Ordinal)) glyphs.Add($"{response.Status} {response.Url}"); };
        // Dasht-e Qal‘ah (a cities500 place, geodata/places.tsv) and the Kokul checkpoint (geodata/crossings.tsv)
        await app.OpenAsync(page, "#map=10.00/37.1700/69.4300");

        var places = await page.EvaluateAsync<string[]>(
            "() => window.borderMap.queryRenderedFeatures({ layers: ['place-labels-cities', 'place-labels-towns', 'place-labels'] }).map(f => f.properties.name)");
        var crossings = await page.EvaluateAsync<string[]>("() => window.borderMap.queryRenderedFeatures({ layers: ['crossing-labels'] }).map(f => f.properties.name)");
        Assert.Contains("Dasht-e Qal\u2018ah", places);
        Assert.Contains("Kokul checkpoint", crossings);
        // the name's ‘ is outside Latin-1: its range was asked for too, and every range answered
        Assert.Contains(glyphs, g => g.Contains("/8192-8447.pbf", StringComparison.Ordinal));
        Assert.All(glyphs, g => Assert.StartsWith("200 ", g));
        await app.ScreenshotAsync(page, "labels");
        Assert.Empty(app.Errors);
    }

    [Theory]
    [InlineData("/viewer/glyphs/DejaVu%20Sans/0-255.pbf", 200)]
    [InlineData("/viewer/glyphs/Open%20Sans,DejaVu%20Sans%20Bold/1024-1279.pbf", 200)]
    [InlineData("/viewer/glyphs/Open%20Sans/0-255.pbf", 404)]
    [InlineData("/viewer/glyphs/DejaVu%20Sans/0-100.pbf", 404)]
    [InlineData("/viewer/glyphs/DejaVu%20Sans/65536-65791.pbf", 404)]
    public async Task Glyph_ranges_are_served_for_the_embedded_fonts_only(string url, int status)
    {
        using var response = await app.Anonymous.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status == 200 ? "application/x-protobuf" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (status != 200) return;
        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(304, (int)(await app.Anonymous.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task The_heatmap_toggle_lays_the_kde_image_over_the_map()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=7.00/37.2000/70.6000");
        await page.CheckAsync("#heat");
        await page.WaitForFunctionAsync("() => !!window.borderMap.getSource('heatmap')");
        await ViewerPage.WaitForIdleAsync(page);
        var corners = await page.EvaluateAsync<double[][]>("() => window.borderMap.getSource('heatmap').coordinates");
        Assert.All(corners, c => Assert.InRange(c[0], 60, 80));
        Assert.Contains("heat=1", page.Url);
        Assert.Equal("", await page.TextContentAsync("#status"));
        await app.ScreenshotAsync(page, "heatmap");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Segment_counts_colour_the_border()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=7.00/37.2000/70.6000&from=2022-01-01&to=2023-12-31&segments=1");
        await page.WaitForFunctionAsync("() => Array.isArray(window.borderMap.getPaintProperty('segments', 'line-color'))");
        Assert.Equal("", await page.TextContentAsync("#status"));
        Assert.Empty(app.Errors);
    }

    /// <summary>
    /// The links export what the view shows; a view selecting more incidents than one export holds
    /// disables them and says why, where the server would answer 422.
    /// </summary>
    [Fact]
    public async Task The_links_export_the_view_and_are_disabled_over_the_export_cap()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, $"#{NearView}&from=2022-01-01&to=2023-12-31");
        Assert.Equal(4, await ViewerPage.VisibleCountAsync(page));
        foreach (var link in new[] { "#export-gpkg", "#export-csv", "#heatmap-png" })
        {
            var href = (await page.GetAttributeAsync(link, "href"))!;
            Assert.Contains("bbox=", href);
            Assert.Contains("from=2022-01-01", href);
            Assert.NotEqual("true", await page.GetAttributeAsync(link, "aria-disabled"));
            using var response = await app.Anonymous.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, $"{href} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var wide = await app.NewPageAsync();
        await app.OpenAsync(wide, "#map=6.00/37.2000/70.6000&from=2022-01-01&to=2023-12-31");
        Assert.True(await ViewerPage.VisibleCountAsync(wide) > ViewerApp.ExportMaxRows);
        foreach (var link in new[] { "#export-gpkg", "#export-csv" })
        {
            Assert.Equal("true", await wide.GetAttributeAsync(link, "aria-disabled"));
            Assert.Contains($"at most {ViewerApp.ExportMaxRows}", await wide.GetAttributeAsync(link, "title"));
            using var response = await app.Anonymous.GetAsync((await wide.GetAttributeAsync(link, "href"))!);
            Assert.Equal(422, (int)response.StatusCode);
        }
        var before = wide.Url;
        // Playwright, like assistive technology, takes aria-disabled for disabled: a click is forced
        await wide.ClickAsync("#export-csv", new PageClickOptions { Force = true });
        Assert.Contains($"at most {ViewerApp.ExportMaxRows}", await wide.TextContentAsync("#status"));
        Assert.Equal(before, wide.Url);
        Assert.Empty(app.Errors);
    }

    private static string Hex(SKColor c) => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 6 && Math.Abs(a.Green - b.Green) <= 6 && Math.Abs(a.Blue - b.Blue) <= 6;

}
