using System.Text;
using BorderMap.Testing;
using BorderMap.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>
/// What PostgreSQL itself saw while hostile filters were sent: the test database logs every
/// statement (<c>log_statement = 'all'</c> in the private cluster's server.log), and each filter
/// carries a marker. A malformed filter must never reach PostgreSQL; a well-formed one carrying SQL
/// must reach it only as a bound parameter value, never in a statement's text.
/// </summary>
public sealed class OgcFilterStatementLogTests(GisApp gis) : IClassFixture<GisApp>
{
    private static readonly string Marker = "zq" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Injection attempts that are not CQL2: each is refused before any SQL runs.</summary>
    public static IEnumerable<string> Malformed(string m) =>
    [
        $"event_type = 'battles'; DROP TABLE incidents_{m}",
        $"event_type = 'battles' OR 1=1 -- {m}",
        $"id = 1 UNION SELECT * FROM pg_shadow {m}",
        $"{m} = 1",
        $"event_type = '{m}'); DELETE FROM incidents; --",
        $"fatalities > ({m})",
        $"fatalities > 1 AND pg_sleep(10) = '{m}'",
        $"place_name LIKE '%{m}%' ESCAPE ''",
        $"place_name = '{m}' || (SELECT version())",
        $"S_INTERSECTS(geometry, ST_GeomFromText('POINT(70 37)')) {m}",
        $"S_INTERSECTS(geometry, POLYGON((70 37, 71 37, {m})))",
        $"T_INTERSECTS(date, INTERVAL('{m}', '2020-01-01'))",
        $"date > DATE('2020-01-01''; DROP TABLE incidents; --{m}')",
        $"event_type IN ('battles', {m})",
        $"fatalities BETWEEN 1 AND {m}",
        $"place_name IS NOT NULL; COPY incidents TO '/tmp/{m}'",
        $"/* {m} */ id = 1",
        $"id = 1 /* {m} */",
        $"id = $1 {m}",
        $"id = 1::text {m}",
        $"\"place_name\" = E'{m}\\x27'",
        $"place_name = '{m}",
        $"(((place_name = '{m}')",
        $"NOT NOT NOT {m}",
        $"CASEI(place_name) = '{m}' OR",
        $"event_type = 'battles' AND ({m} OR 1)",
        $"fatalities = 0x{m}",
        $"S_INTERSECTS(geometry, BBOX(70, 37, 71, 38, '{m}'))",
        "{\"op\":\"=\",\"args\":[{\"property\":\"" + m + "\"},1]}",
        "{\"op\":\"" + m + "\",\"args\":[{\"property\":\"id\"},1]}",
        "{\"op\":\"=\",\"args\":[{\"property\":\"fatalities\"},\"" + m + "'; DROP TABLE incidents; --\"]}",
        "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Polygon\",\"coordinates\":\"" + m + "\"}]}",
    ];

    /// <summary>Well-formed filters whose text values hold SQL: they run, with that text as a parameter.</summary>
    public static IEnumerable<string> WellFormed(string m) =>
    [
        $"place_name = '{m}''; DROP TABLE incidents; --'",
        $"place_name LIKE '%{m}'' OR ''a''=''a%'",
        $"source IN ('{m}'') OR 1=1 --', 'x')",
        "{\"op\":\"=\",\"args\":[{\"property\":\"place_name\"},\"" + m + "'); DELETE FROM incidents; --\"]}",
    ];

    [Fact]
    public async Task Hostile_filter_text_reaches_PostgreSQL_only_as_bound_parameter_values()
    {
        var log = (await PostgisServer.ClusterAsync()).Layout.ServerLog;
        var database = new NpgsqlConnectionStringBuilder(gis.App.ConnectionString).Database!;
        await gis.ExecuteAsync($"ALTER DATABASE \"{database}\" SET log_statement = 'all'");
        ServerPool().Clear(); // the server's pooled connections predate the setting
        var before = new FileInfo(log).Length;
        var incidents = await gis.ScalarAsync("SELECT count(*) FROM incidents");
        try
        {
            var malformed = Malformed(Marker).ToList();
            Assert.True(malformed.Count >= 30, $"{malformed.Count} malformed filters");
            foreach (var filter in malformed)
            {
                using var response = await gis.Client.GetAsync(ItemsUrl(filter));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(400 == (int)response.StatusCode, $"{filter}: {(int)response.StatusCode} {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("filter")[0].GetString()!;
                Assert.Matches(@"^at (character \d+|\$[^:]*): ", message);
            }
            foreach (var filter in WellFormed(Marker))
            {
                using var response = await gis.Client.GetAsync(ItemsUrl(filter));
                Assert.True(response.IsSuccessStatusCode, $"{filter}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        finally
        {
            await gis.ExecuteAsync($"ALTER DATABASE \"{database}\" RESET log_statement");
            ServerPool().Clear();
        }

        var entries = LogEntriesSince(log, before).Where(e => e.Contains(Marker, StringComparison.Ordinal)).ToList();
        // The log works and the well-formed filters ran: their text is there, as parameters.
        Assert.True(entries.Count >= WellFormed(Marker).Count(), $"{entries.Count} logged entries hold the marker; is log_statement honoured?");
        Assert.All(entries, e => Assert.Contains("DETAIL:  parameters: ", e));
        Assert.Equal(incidents, await gis.ScalarAsync("SELECT count(*) FROM incidents"));
    }

    private NpgsqlDataSource ServerPool() => gis.App.Services.GetRequiredService<NpgsqlDataSource>();

    private static string ItemsUrl(string filter) =>
        "/ogc/collections/incidents/items?limit=1&"
        + (filter.StartsWith('{') ? "filter-lang=cql2-json&" : "")
        + "filter=" + Uri.EscapeDataString(filter);

    /// <summary>The server log's entries written after <paramref name="offset"/>: a line with a timestamp, then its tab-indented continuation lines.</summary>
    private static IEnumerable<string> LogEntriesSince(string path, long offset)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(file, Encoding.UTF8);
        var entry = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('\t') && entry.Length > 0)
            {
                yield return entry.ToString();
                entry.Clear();
            }
            entry.AppendLine(line);
        }
        if (entry.Length > 0) yield return entry.ToString();
    }
}
