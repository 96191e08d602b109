using System.Globalization;
using Microsoft.Playwright;

// First load of the web viewer in Debian's headless Chromium, each run in a fresh browser context
// (an empty cache): from navigation start to the page's scripts having run (the map object exists),
// and to the map's first 'idle' with every tile and source loaded. Also the bytes the page fetched.
//   dotnet run -c Release --project bench/viewer/BorderMap.Bench.Viewer -- http://127.0.0.1:5080/ 5 [screenshot.png]
// A third argument saves the last run's page as a PNG (docs/viewer.png is made so).
var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5080/";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var screenshot = args.Length > 2 ? args[2] : null;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
});

Console.WriteLine("run\tpage ready ms\tmap idle ms\ttransferred KB\tdecoded KB");
var idles = new List<double>();
for (var run = 1; run <= runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync(url, new PageGotoOptions { Timeout = 120_000 });
    await page.WaitForFunctionAsync("() => window.borderMap", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
    var ready = await page.EvaluateAsync<double>("() => performance.now()");
    // the first moment the map has loaded its style, sources and every tile of the view
    var idle = await page.EvaluateAsync<double>("""
        () => new Promise(resolve => {
          const map = window.borderMap;
          const done = () => map.loaded() && map.areTilesLoaded() ? resolve(performance.now()) : map.once('idle', done);
          done();
        })
        """);
    var bytes = await page.EvaluateAsync<double[]>("""
        () => {
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          return [entries.reduce((s, e) => s + e.transferSize, 0) / 1024, entries.reduce((s, e) => s + e.decodedBodySize, 0) / 1024];
        }
        """);
    idles.Add(idle);
    if (screenshot is not null && run == runs) await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run}\t{ready:F0}\t{idle:F0}\t{bytes[0]:F0}\t{bytes[1]:F0}"));
}
idles.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median map idle: {idles[idles.Count / 2]:F0} ms over {runs} runs"));
