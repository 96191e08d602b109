using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace BorderMap.Bench.Geoparsing;

/// <summary>End-to-end latency of POST /api/v1/geoparse with the seed article, sequential requests against a running server.</summary>
internal static class HttpLatency
{
    public static async Task<int> RunAsync(string url, int requests, int warmup)
    {
        var seed = Articles.Seed();
        var body = new { text = seed.Text, published = "2022-05-13" };
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var timings = new List<double>(requests);
        for (var i = 0; i < warmup + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync("/api/v1/geoparse", body);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            if (i >= warmup) timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        double At(double q) => timings[(int)Math.Min(timings.Count - 1, Math.Floor(q * timings.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"POST /api/v1/geoparse (seed article, 5.4 KB), {requests} sequential requests after {warmup} warm-up: p50 {At(0.5):0.00} ms, p99 {At(0.99):0.00} ms, mean {timings.Average():0.00} ms"));
        return 0;
    }
}
