using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace BorderMap.Server.Tests.Support;

/// <summary>
/// The real server (Kestrel on a free loopback port) over a fresh database in the private PostGIS,
/// shared by the tests of one class.
/// </summary>
public class BorderMapApp : FreshDatabase
{
    private WebApplicationFactory<Program>? _factory;
    private int _region;

    /// <summary>A client with an admin key: tests of features act with every right; role tests use <see cref="ClientFor"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    private readonly Dictionary<ApiRole, string> _keys = [];

    /// <summary>Extra configuration for the server under test (e.g. short job polling intervals, a low rate limit).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DatabaseCreatedAsync(ConnectionString);
        _factory = Start(ConnectionString, Settings);
        await using (var dataSource = BorderMapDataSource.Create(ConnectionString))
        {
            var store = new ApiKeyStore(dataSource);
            foreach (var role in new[] { ApiRole.Reader, ApiRole.Editor, ApiRole.Admin })
                _keys[role] = (await store.CreateAsync($"test-{role}", role, "test", CancellationToken.None)).Secret;
        }
        Client = ClientFor(ApiRole.Admin);
        Anonymous = _factory.CreateClient();
    }

    /// <summary>Runs once the test database exists, before the server starts over it.</summary>
    protected virtual Task DatabaseCreatedAsync(string connectionString) => Task.CompletedTask;

    /// <summary>A client sending the key of <paramref name="role"/> (none for anonymous).</summary>
    public HttpClient ClientFor(ApiRole role)
    {
        var client = _factory!.CreateClient();
        if (role != ApiRole.Anonymous)
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _keys[role]);
        return client;
    }

    public string KeyFor(ApiRole role) => _keys[role];

    public IServiceProvider Services => _factory!.Services;

    public static WebApplicationFactory<Program> Start(string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IWebHostBuilder>? configure = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:BorderMap", connectionString);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                web.UseSetting(key, value);
            web.UseEnvironment("Production");
            // appsettings.json names port 5080 for people; tests take any free loopback port
            web.UseSetting("urls", "http://127.0.0.1:0");
            // one JSON line per request from every test server would drown the test output
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Hangfire", "Warning");
            configure?.Invoke(web);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public override async Task DisposeAsync()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>
    /// A 1°×1° box that no other test in this class uses, so list filters see only the test's own
    /// incidents. The boxes lie far from the border region on purpose: they are test fixtures.
    /// </summary>
    public TestRegion NewRegion()
    {
        var k = Interlocked.Increment(ref _region);
        return new TestRegion(-170 + 2 * (k % 150), -60 + 2 * (k / 150));
    }

    /// <summary>Runs a statement against the test database with positional parameters ($1, $2, …); the rows it touched.</summary>
    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.AddWithValue(parameter);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of a query against the test database, with positional parameters.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.AddWithValue(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row from: {sql}");
        return reader.GetFieldValue<T>(0);
    }

    public async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public sealed record TestRegion(double MinLon, double MinLat)
{
    public string Bbox => FormattableString.Invariant($"{MinLon},{MinLat},{MinLon + 1},{MinLat + 1}");

    /// <summary>A point inside the region at fractions (fx, fy) of its width and height.</summary>
    public (double Lon, double Lat) At(double fx, double fy) => (MinLon + fx, MinLat + fy);
}

/// <summary>Builders for request bodies and readers for GeoJSON answers.</summary>
public static class Api
{
    public static JsonObject Incident(double lon, double lat, string date = "2022-05-08", string eventType = "battles",
        string? country = null, int geoPrecision = 1) => new()
    {
        ["date"] = date,
        ["eventType"] = eventType,
        ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
        ["geoPrecision"] = geoPrecision,
        ["country"] = country,
        ["source"] = "test fixture",
    };

    public static async Task<JsonObject> PostIncidentAsync(this HttpClient client, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/incidents", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static long Id(this JsonObject feature) => feature["id"]!.GetValue<long>();

    public static IReadOnlyList<long> Ids(this JsonObject collection) =>
        collection["features"]!.AsArray().Select(f => f!["id"]!.GetValue<long>()).ToList();

    public static string? NextLink(this JsonObject collection) =>
        collection["links"]!.AsArray().FirstOrDefault(l => (string?)l!["rel"] == "next")?["href"]?.GetValue<string>();

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
