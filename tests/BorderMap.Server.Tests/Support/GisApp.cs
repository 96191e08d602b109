using Npgsql;

namespace BorderMap.Server.Tests.Support;

/// <summary>
/// The real server over a database holding the GIS fixture (Features/Ogc/Fixtures/gis-data.sql):
/// 2,600 incidents, two border segments, two crossings and three places.
/// </summary>
public sealed class GisApp : IAsyncLifetime
{
    public const int Incidents = 2600;
    public const string IncidentBbox = "69.99,36.99,70.91,37.91";

    public BorderMapApp App { get; } = new();
    public HttpClient Client => App.Client;
    public string BaseUrl => App.Client.BaseAddress!.ToString().TrimEnd('/');

    public async Task InitializeAsync()
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
}
