using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using BorderMap.Bench.Load;

// bordermap-load: closed-loop load against a running BorderMap server. N connections each send the
// next request of RequestMix as soon as the previous answer is read to the end; latencies are
// recorded per kind of request for requests started after the warm-up.
//   bordermap-load --url http://127.0.0.1:5080 --key bm_… [--connections 200] [--duration 60]
//                  [--warmup 10] [--timeout 30] [--seed 42] [--hotspots bench/hotspots.csv]
//                  [--heatmap-permille 5]   (each of PNG and JSON)
var options = Options.Parse(args);
var hotspots = RequestMix.ReadHotspots(options.Hotspots);
var shares = RequestMix.Shares(options.HeatmapPerMille);

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Connections,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    UseCookies = false,
    AllowAutoRedirect = false,
};
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
if (options.Key is { Length: > 0 } key) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

Console.WriteLine($"{options.Connections} connections, {options.WarmupSeconds} s warm-up then {options.DurationSeconds} s measured, timeout {options.TimeoutSeconds} s, seed {options.Seed}, {options.Url}");
Console.WriteLine("mix: " + string.Join(", ", shares.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Kind} {s.Share / 10.0:0.#} %"))));

var clock = Stopwatch.StartNew();
var measureFrom = TimeSpan.FromSeconds(options.WarmupSeconds);
var stopAt = measureFrom + TimeSpan.FromSeconds(options.DurationSeconds);
var logs = new LatencyLog[options.Connections];
var workers = Enumerable.Range(0, options.Connections).Select(i => Task.Run(async () =>
{
    var log = logs[i] = new LatencyLog();
    var mix = new RequestMix(hotspots, new Random(options.Seed * 1000 + i), shares);
    string? nextLink = null, nextKind = null;
    while (clock.Elapsed < stopAt)
    {
        var (kind, url) = mix.Next(ref nextLink, ref nextKind);
        var started = clock.Elapsed;
        var outcome = await SendAsync(http, url);
        if (outcome.Next is not null) (nextLink, nextKind) = (outcome.Next, kind);
        if (started >= measureFrom) log.Add(kind, (clock.Elapsed - started).TotalMilliseconds, outcome.Error);
    }
})).ToArray();
await Task.WhenAll(workers);
var measured = clock.Elapsed - measureFrom;

var all = LatencyLog.Merge(logs);
Console.WriteLine();
Console.WriteLine($"{"endpoint",-14} {"requests",9} {"errors",7} {"req/s",9} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
foreach (var (kind, row) in all.Rows().Append(("all", all.Total())))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind,-14} {row.Count,9} {row.Errors,7} {row.Count / measured.TotalSeconds,9:0.0} {row.P50,9:0.0} {row.P99,9:0.0} {row.Max,9:0.0}"));
}
foreach (var (error, count) in all.ErrorKinds()) Console.WriteLine($"  error: {error} × {count}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured {measured.TotalSeconds:0.0} s; errors {all.Total().Errors} (non-2xx/3xx, socket errors, timeouts)"));
return all.Total().Errors == 0 ? 0 : 1;

static async Task<Outcome> SendAsync(HttpClient http, string url)
{
    try
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 400) return new Outcome($"HTTP {status}", null);
        return new Outcome(null, NextLink(response, body));
    }
    catch (TaskCanceledException)
    {
        return new Outcome("timeout", null);
    }
    catch (HttpRequestException e)
    {
        return new Outcome($"socket: {e.HttpRequestError}", null);
    }
}

// Lists and OGC items carry their next page as a link with rel "next"; only that link object is
// parsed, so the client does not spend the server's cores parsing 1,000-feature pages.
static string? NextLink(HttpResponseMessage response, byte[] body)
{
    if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true) return null;
    var span = body.AsSpan();
    var rel = span.LastIndexOf("\"rel\":\"next\""u8);
    if (rel < 0) return null;
    var start = span[..rel].LastIndexOf((byte)'{');
    var length = span[rel..].IndexOf((byte)'}');
    if (start < 0 || length < 0) return null;
    using var link = System.Text.Json.JsonDocument.Parse(body.AsMemory(start, rel + length + 1 - start));
    return link.RootElement.GetProperty("href").GetString();
}

internal sealed record Outcome(string? Error, string? Next);

internal sealed record Options(string Url, string? Key, int Connections, int DurationSeconds, int WarmupSeconds, int TimeoutSeconds, int Seed, string Hotspots, int HeatmapPerMille)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(
            values.GetValueOrDefault("url") ?? "http://127.0.0.1:5080",
            values.GetValueOrDefault("key") ?? Environment.GetEnvironmentVariable("BORDERMAP_LOAD_KEY"),
            Int("connections", 200), Int("duration", 60), Int("warmup", 10), Int("timeout", 30), Int("seed", 42),
            values.GetValueOrDefault("hotspots") ?? "bench/hotspots.csv", Int("heatmap-permille", 5));
    }
}
