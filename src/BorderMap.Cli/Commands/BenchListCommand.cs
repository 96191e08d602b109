using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using BorderMap.Core.Incidents;
using BorderMap.Data.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// Times GET /api/v1/incidents over HTTP for the query analysts run most: one hotspot's bbox,
/// one month, one event type, limit 100. Requests are sequential, so the figures are latencies.
/// </summary>
internal sealed class BenchListCommand : AsyncCommand<BenchListCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--url <URL>")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Url { get; init; } = "http://127.0.0.1:5080";

        [CommandOption("--requests <N>")]
        [DefaultValue(2000)]
        public int Requests { get; init; } = 2000;

        [CommandOption("--key <KEY>")]
        [Description("A reader key (listing incidents needs one); default: environment BORDERMAP_KEY.")]
        public string? Key { get; init; }

        [CommandOption("--warmup <N>")]
        [DefaultValue(200)]
        public int Warmup { get; init; } = 200;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var hotspots = Hotspot.ReadCsv(Path.Combine(CliDatabase.CheckoutRoot(), "bench", "hotspots.csv"));
        using var http = new HttpClient { BaseAddress = new Uri(settings.Url) };
        if ((settings.Key ?? Environment.GetEnvironmentVariable("BORDERMAP_KEY")) is { Length: > 0 } key)
            http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var random = new Random(7);
        var timings = new List<double>(settings.Requests);
        long features = 0;

        for (var i = 0; i < settings.Warmup + settings.Requests; i++)
        {
            var url = RandomQuery(random, hotspots);
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            clock.Stop();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body}");
            if (i < settings.Warmup) continue;
            timings.Add(clock.Elapsed.TotalMilliseconds);
            features += CountFeatures(body);
        }

        timings.Sort();
        AnsiConsole.MarkupLineInterpolated(
            $"list: {settings.Requests} requests, p50 {Percentile(timings, 0.50):F2} ms, p99 {Percentile(timings, 0.99):F2} ms, mean {timings.Average():F2} ms, {features / (double)settings.Requests:F1} features per response");
        return 0;
    }

    // The synthetic data holds these four types (SyntheticIncidents); asking for the others would time empty answers.
    private static readonly EventType[] TypesWithData =
        [EventType.Battles, EventType.ExplosionsRemoteViolence, EventType.StrategicDevelopments, EventType.ViolenceAgainstCivilians];

    private static string RandomQuery(Random random, IReadOnlyList<Hotspot> hotspots)
    {
        var hotspot = hotspots[random.Next(hotspots.Count)];
        var month = new DateOnly(2015, 1, 1).AddMonths(random.Next(132));
        var type = TypesWithData[random.Next(TypesWithData.Length)];
        return string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/incidents?bbox={hotspot.Lon - 0.1},{hotspot.Lat - 0.08},{hotspot.Lon + 0.1},{hotspot.Lat + 0.08}&from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}&types={type.Code}&limit=100");
    }

    private static int CountFeatures(string body)
    {
        var count = 0;
        for (var at = body.IndexOf("\"type\":\"Feature\"", StringComparison.Ordinal); at >= 0; at = body.IndexOf("\"type\":\"Feature\"", at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
