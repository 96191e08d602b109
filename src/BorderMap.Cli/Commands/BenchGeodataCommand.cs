using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// Times GET /api/v1/gazetteer/search (names drawn from geodata/place_names.tsv in every script)
/// and GET /api/v1/border/context (points spread over the border region), sequentially.
/// </summary>
internal sealed class BenchGeodataCommand : AsyncCommand<BenchGeodataCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--url <URL>")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Url { get; init; } = "http://127.0.0.1:5080";

        [CommandOption("--requests <N>")]
        [DefaultValue(3000)]
        public int Requests { get; init; } = 3000;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var names = File.ReadLines(Path.Combine(CliDatabase.CheckoutRoot(), "geodata", "place_names.tsv"))
            .Skip(1).Select(l => l.Split('\t')[1]).ToArray();
        using var http = new HttpClient { BaseAddress = new Uri(settings.Url) };
        var random = new Random(11);

        var search = await TimeAsync(http, settings.Requests, () => $"/api/v1/gazetteer/search?q={Uri.EscapeDataString(names[random.Next(names.Length)])}&limit=10", ct);
        var border = await TimeAsync(http, settings.Requests, () => string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/border/context?lon={67.5 + random.NextDouble() * 7.5:F5}&lat={36.0 + random.NextDouble() * 3.0:F5}"), ct);

        AnsiConsole.MarkupLineInterpolated($"gazetteer search: {settings.Requests} requests, p50 {BenchListCommand.Percentile(search, 0.5):F2} ms, p99 {BenchListCommand.Percentile(search, 0.99):F2} ms");
        AnsiConsole.MarkupLineInterpolated($"border context:   {settings.Requests} requests, p50 {BenchListCommand.Percentile(border, 0.5):F2} ms, p99 {BenchListCommand.Percentile(border, 0.99):F2} ms");
        return 0;
    }

    private static async Task<List<double>> TimeAsync(HttpClient http, int requests, Func<string> next, CancellationToken ct)
    {
        var timings = new List<double>(requests);
        for (var i = 0; i < requests + requests / 10; i++)
        {
            var url = next();
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            clock.Stop();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
            if (i >= requests / 10) timings.Add(clock.Elapsed.TotalMilliseconds); // the first tenth warms up
        }
        timings.Sort();
        return timings;
    }
}
