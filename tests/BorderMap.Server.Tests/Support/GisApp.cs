using Npgsql;

namespace BorderMap.Server.Tests.Support;

/// <summary>
/// The real server over a database holding the GIS fixture (Features/Ogc/Fixtures/gis-data.sql):
/// 2,600 incidents, two border segments, two crossings and three places.
/// </summary>
public class GisApp : IAsyncLifetime
{
    public const int Incidents = 2600;
    public const string IncidentBbox = "69.99,36.99,70.91,37.91";

    private BorderMapApp? _app;

    public BorderMapApp App => _app ??= new ConfiguredApp(Settings);

    /// <summary>Extra configuration for the server under test.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public HttpClient Client => App.Client;
    public string BaseUrl => App.Client.BaseAddress!.ToString().TrimEnd('/');

    public virtual async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Features", "Ogc", "Fixtures", "gis-data.sql")));
    }

    public Task DisposeAsync() => App.DisposeAsync();

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class ConfiguredApp(IReadOnlyDictionary<string, string?> settings) : BorderMapApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = settings;
    }
}
