using System.Globalization;
using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>
/// What the viewer tests do to a page: open a view, wait for the map, read the count in view.
/// Every script handed to EvaluateAsync returns plain values: a map object (or an event, which holds
/// the map) would go back through Playwright's JSON channel, deeper than it reads.
/// </summary>
public static class ViewerPage
{
    /// <summary>Opens the viewer at a URL hash (the view and the filters) and waits for the map to settle.</summary>
    public static async Task OpenAsync(this ViewerApp app, IPage page, string hash)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, "/" + hash).ToString());
        await WaitForIdleAsync(page);
    }

    /// <summary>Waits for the map's next 'idle' (every tile and source loaded, nothing moving), not for a fixed time.</summary>
    public static async Task WaitForIdleAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.borderMap && window.borderMap.loaded()");
        await page.EvaluateAsync("() => new Promise(resolve => { window.borderMap.once('idle', () => resolve(true)); window.borderMap.triggerRepaint(); })");
    }

    /// <summary>The count of incidents in view, once it has arrived.</summary>
    public static async Task<int> VisibleCountAsync(IPage page)
    {
        // read in the same call that sees it: a view that moves again clears it at once
        var count = await page.WaitForFunctionAsync("() => document.getElementById('visible-count').dataset.count || null");
        return int.Parse(await count.JsonValueAsync<string>(), CultureInfo.InvariantCulture);
    }

    /// <summary>The ids of the incidents drawn one by one in the view (a tile may hold one twice at its edge).</summary>
    public static async Task<long[]> DrawnPointsAsync(IPage page) =>
        await page.EvaluateAsync<long[]>("() => [...new Set(window.borderMap.queryRenderedFeatures({ layers: ['incident-points'] }).map(f => f.properties.id))]");

    public static async Task ScreenshotAsync(this ViewerApp app, IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.ArtefactFolder, $"{name}.png") });

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
