using System.Globalization;
using Microsoft.Playwright;

// First load of the web viewer in Debian's headless Chromium, each run in a fresh browser context
// (an empty cache): from navigation start to the page's scripts having run (the map object exists),
// and to the map's first 'idle' with every tile and source loaded. Also the bytes the page fetched.
//   dotnet run -c Release --project bench/viewer/BorderMap.Bench.Viewer -- http://127.0.0.1:5080/ 5 [screenshot.png]
// A third argument saves the last run's page as a PNG (docs/viewer.png is made so).
//   … -- http://127.0.0.1:5080/ 1 --trace trace.json
// records Chromium's performance trace of the (last) run (open it in chrome://tracing or Perfetto)
// and prints when each request of the page started and ended; --browser PATH runs another Chromium
// binary (e.g. Debian's chromium-headless-shell, the headless build Playwright itself uses).
var options = new Dictionary<string, string>();
var positional = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) options[args[i][2..]] = args[++i];
    else positional.Add(args[i]);
}
var url = positional.Count > 0 ? positional[0] : "http://127.0.0.1:5080/";
var runs = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 5;
var screenshot = positional.Count > 2 ? positional[2] : null;
var trace = options.GetValueOrDefault("trace");
var chromium = options.GetValueOrDefault("browser", "/usr/bin/chromium");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", .. (options.TryGetValue("flags", out var flags) ? flags.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])],
});

Console.WriteLine("run\tpage ready ms\tmap idle ms\ttransferred KB\tdecoded KB\trequests\tall KB");
var idles = new List<double>();
for (var run = 1; run <= runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
    var page = await context.NewPageAsync();
    // every request, the map's worker's too (the page's resource timing leaves those out): how many, and their bodies as sent
    var finished = new List<Task<RequestSizesResult>>();
    context.RequestFinished += (_, request) => finished.Add(request.SizesAsync());
    var tracing = trace is not null && run == runs;
    var console = new List<string>();
    page.Console += (_, message) => console.Add($"console {message.Type}: {message.Text}");
    var events = new List<System.Text.Json.JsonElement>();
    var traced = new TaskCompletionSource();
    ICDPSession? cdp = null;
    if (tracing)
    {
        cdp = await context.NewCDPSessionAsync(page);
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) => events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => traced.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading,toplevel",
        });
    }
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
    if (tracing)
    {
        await cdp!.SendAsync("Tracing.end");
        await traced.Task;
        await File.WriteAllTextAsync(trace!, System.Text.Json.JsonSerializer.Serialize(new { traceEvents = events }));
        foreach (var line in TraceCpu.Summary(events)) Console.WriteLine(line);
        var requests = await page.EvaluateAsync<string[]>("""
            () => performance.getEntriesByType('resource').map(e =>
              `${e.startTime.toFixed(0).padStart(6)} → ${e.responseEnd.toFixed(0).padStart(6)} ms  ${(e.transferSize / 1024).toFixed(1).padStart(7)} KB  ${e.name.replace(location.origin, '')}`)
            """);
        foreach (var line in requests) Console.WriteLine(line);
    }
    var bytes = await page.EvaluateAsync<double[]>("""
        () => {
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          return [entries.reduce((s, e) => s + e.transferSize, 0) / 1024, entries.reduce((s, e) => s + e.decodedBodySize, 0) / 1024];
        }
        """);
    var sizes = await Task.WhenAll(finished.ToArray());
    if (tracing)
    {
        await Task.Delay(4000); // Chromium warns of a preload left unused a few seconds after the load
        foreach (var line in console) Console.WriteLine(line);
    }
    idles.Add(idle);
    if (screenshot is not null && run == runs) await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run}\t{ready:F0}\t{idle:F0}\t{bytes[0]:F0}\t{bytes[1]:F0}\t{sizes.Length}\t{sizes.Sum(s => (double)s.ResponseBodySize + s.ResponseHeadersSize) / 1024:F0}"));
}
idles.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median map idle: {idles[idles.Count / 2]:F0} ms over {runs} runs"));
