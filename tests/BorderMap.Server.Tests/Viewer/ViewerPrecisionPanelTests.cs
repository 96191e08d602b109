using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;
using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>
/// Precision on screen and the incident panel, in a real Chromium: three protests near Khorugh, one
/// placed to the place itself, one to a district, one only to the province or the border.
/// </summary>
public sealed class ViewerPrecisionPanelTests(ViewerApp app) : IClassFixture<ViewerApp>, IAsyncLifetime
{
    private const string View = "#map=10.50/37.4900/71.5800&types=protests";
    private long _exact, _district, _stretch;
    private string _stretchSegment = "";

    public async Task InitializeAsync()
    {
        // protests: no fixture incident of the class has that type, so the view holds these three alone
        _exact = (await app.Client.PostIncidentAsync(Api.Incident(71.55, 37.49, "2024-03-01", "protests", "TJ", geoPrecision: 1))).Id();
        var district = Api.Incident(71.60, 37.47, "2024-03-02", "protests", "TJ", geoPrecision: 2);
        district["notes"] = "Also reported by: Example Wire, 2024-03-03: Protest in Khorugh <https://example.org/wire/khorugh>.";
        _district = (await app.Client.PostIncidentAsync(district)).Id();
        var stretch = await app.Client.PostIncidentAsync(Api.Incident(71.58, 37.52, "2024-03-03", "protests", "TJ", geoPrecision: 3));
        _stretch = stretch.Id();
        _stretchSegment = (string)stretch["properties"]!["border"]!["segmentId"]!;

        // a second revision: the district incident's fatalities became known
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/incidents/{_district}")
        {
            Content = JsonContent.Create(new JsonObject { ["fatalities"] = 3 }),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var patched = await app.Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Precision_two_is_a_faint_marker_in_a_disc_and_precision_three_hatches_its_stretch_instead_of_a_point()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, View);
        var drawn = await ViewerPage.DrawnPointsAsync(page);
        Assert.Equal([_exact, _district, _stretch], drawn.Order().ToArray());

        var discs = await page.EvaluateAsync<long[]>("() => [...new Set(window.borderMap.queryRenderedFeatures({ layers: ['incident-district-discs'] }).map(f => f.properties.id))]");
        Assert.Equal([_district], discs);
        // the hatched stretch is the precision-3 incident's segment, and no other
        var stretches = await page.WaitForFunctionAsync(
            "() => { const s = [...new Set(window.borderMap.queryRenderedFeatures({ layers: ['incident-stretches'] }).map(f => f.properties.id))]; return s.length ? s : null; }");
        Assert.Equal([_stretchSegment], await stretches.JsonValueAsync<string[]>());
        // each drawn as its precision's look: the map asked for the faint and the empty-ring markers
        var looks = await page.EvaluateAsync<bool[]>(
            "() => ['marker-protests', 'marker-protests-faint', 'marker-protests-vague'].map(id => window.borderMap.hasImage(id))");
        Assert.Equal([true, true, true], looks);
        await app.ScreenshotAsync(page, "precision");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_panel_shows_the_incident_readably_with_every_source_and_what_each_revision_changed()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, View);
        await page.Locator($"#incident-rows li[data-id=\"{_district}\"] button.incident").ClickAsync();
        await page.Locator(".maplibregl-popup button.details").ClickAsync();

        var panel = page.Locator("#incident-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#incident-list")).ToBeHiddenAsync();
        await Assertions.Expect(panel.Locator("h2")).ToContainTextAsync("Protests, 2024-03-02");
        await Assertions.Expect(panel.Locator(".precision")).ToContainTextAsync("district, or near a place");
        var sources = panel.Locator("ul.sources > li");
        await Assertions.Expect(sources).ToHaveCountAsync(2);
        await Assertions.Expect(sources.Nth(0)).ToContainTextAsync("test fixture");
        await Assertions.Expect(sources.Nth(1).Locator("a")).ToHaveAttributeAsync("href", "https://example.org/wire/khorugh");
        await Assertions.Expect(sources.Nth(1)).ToContainTextAsync("Example Wire, 2024-03-03: Protest in Khorugh");
        var revisions = panel.Locator("ol.history > li");
        await Assertions.Expect(revisions).ToHaveCountAsync(2);
        await Assertions.Expect(revisions.Nth(1)).ToContainTextAsync("fatalities: none → 3");
        await app.ScreenshotAsync(page, "panel");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#incident-list")).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_panel_names_no_key_to_anonymous_callers_and_hides_retracted_incidents_from_them()
    {
        var anonymous = await app.Anonymous.GetJsonAsync($"/viewer/incidents/{_exact}.json");
        var keyed = await app.Client.GetJsonAsync($"/viewer/incidents/{_exact}.json");
        Assert.False(anonymous["history"]![0]!.AsObject().ContainsKey("changedBy"));
        Assert.NotNull(keyed["history"]![0]!["changedBy"]);
        Assert.False(anonymous["incident"]!["properties"]!.AsObject().ContainsKey("createdBy"));

        var retracted = (await app.Client.PostIncidentAsync(Api.Incident(71.57, 37.45, "2024-03-04", "riots", "TJ"))).Id();
        using (var retract = await app.Client.DeleteAsync($"/api/v1/incidents/{retracted}"))
            Assert.Equal(HttpStatusCode.OK, retract.StatusCode);
        using var hidden = await app.Anonymous.GetAsync($"/viewer/incidents/{retracted}.json");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var shown = await app.Client.GetJsonAsync($"/viewer/incidents/{retracted}.json");
        Assert.Equal("retracted", (string?)shown["incident"]!["properties"]!["status"]);
        Assert.Equal("retracted", (string?)shown["history"]![1]!["change"]);
    }
}
