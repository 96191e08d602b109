using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>The timeline's brush and place search, on first load, in a real Chromium.</summary>
public sealed class ViewerTimelineSearchTests(ViewerApp app) : IClassFixture<ViewerApp>
{
    /// <summary>
    /// Dragging from the first year's label to the next year's tick, as soon as the chart is first
    /// drawn (once ~73 px off until a redraw), selects that year's incidents: the first week with
    /// one, to 31 December (a day either way for the pixel a day spans).
    /// </summary>
    [Fact]
    public async Task Dragging_from_one_year_label_to_the_next_selects_the_dates_between_them()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/#map=9.00/37.2300/69.4200").ToString());
        await page.Locator("#timeline-chart text.year").Nth(1).WaitForAsync();

        // the ticks in page pixels: a label stands 2 px right of its tick
        var ticks = await page.EvaluateAsync<double[]>("""
            () => {
              const svg = document.getElementById('timeline-chart'), box = svg.getBoundingClientRect();
              const scale = box.width / svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text.year')].slice(0, 2).map(t => box.left + (t.x.baseVal[0].value - 2) * scale);
            }
            """);
        var firstDay = await page.Locator("#timeline-chart text.year").Nth(0).GetAttributeAsync("data-day");
        var chart = (await page.Locator("#timeline-chart").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync((float)ticks[0] + 0.5f, chart.Y + chart.Height / 3);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)ticks[1] + 0.5f, chart.Y + chart.Height / 3, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();

        await page.WaitForFunctionAsync("() => location.hash.includes('from=')");
        var from = DateOnly.Parse(await page.InputValueAsync("#from"), System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(await page.InputValueAsync("#to"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(from.DayNumber - DateOnly.Parse(firstDay!, System.Globalization.CultureInfo.InvariantCulture).DayNumber, -1, 1);
        Assert.InRange(to.DayNumber - new DateOnly(2022, 12, 31).DayNumber, -1, 1);
        Assert.Equal(2, await ViewerPage.VisibleCountAsync(page));
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Year_labels_keep_apart_on_a_narrow_chart()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync(new Uri(app.BaseAddress, "/#map=6.50/37.5000/70.5000").ToString());
        await page.Locator("#timeline-chart text.year").First.WaitForAsync();
        var boxes = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('#timeline-chart text.year')].map(t => { const b = t.getBoundingClientRect(); return [b.left, b.right]; })");
        for (var i = 1; i < boxes.Length; i++) Assert.True(boxes[i][0] > boxes[i - 1][1], $"year labels {i - 1} and {i} overlap");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Search_flies_to_a_place_typed_in_cyrillic()
    {
        var page = await app.NewPageAsync();
        await app.OpenAsync(page, "#map=6.50/37.5000/70.5000");
        await page.FillAsync("#place-search", "Хорог");
        var first = page.Locator("#search-results button").First;
        await Assertions.Expect(first).ToContainTextAsync("Khorugh");
        await first.ClickAsync();
        await page.WaitForFunctionAsync("() => Math.abs(window.borderMap.getCenter().lng - 71.55) < 0.05 && Math.abs(window.borderMap.getCenter().lat - 37.49) < 0.05 && window.borderMap.getZoom() > 9");
        await app.ScreenshotAsync(page, "search");

        // crossings are found by name too
        await page.FillAsync("#place-search", "Kokul");
        await Assertions.Expect(page.Locator("#search-results button").First).ToContainTextAsync("crossing");
        Assert.Empty(app.Errors);
    }
}
