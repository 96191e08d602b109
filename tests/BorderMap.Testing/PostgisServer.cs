using BorderMap.Cluster;
using Npgsql;
using Xunit;

namespace BorderMap.Testing;

/// <summary>
/// The real PostgreSQL + PostGIS the integration tests run against: the checkout's private cluster,
/// started by the project's own code on first use. Each test class gets a database of its own.
/// </summary>
public static class PostgisServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PrivateCluster? _cluster;

    public static async Task<PrivateCluster> ClusterAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_cluster is not null) return _cluster;
            var root = DatabaseLocator.CheckoutRoot()
                ?? throw new InvalidOperationException("tests must run inside the BorderMap checkout");
            var cluster = await PrivateCluster.ForCheckoutAsync(root, Console.WriteLine);
            await cluster.EnsureRunningAsync("postgres");
            return _cluster = cluster;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates an empty database with PostGIS and pg_trgm and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var cluster = await ClusterAsync();
        var name = $"test_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
        return await cluster.EnsureRunningAsync(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var cluster = await ClusterAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Replace("\"", "\"\"")}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A fresh, empty database for one test class, dropped when the class is done.</summary>
public class FreshDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    protected virtual string Purpose => GetType().Name;

    public virtual async Task InitializeAsync() => ConnectionString = await PostgisServer.CreateDatabaseAsync(Purpose);

    public virtual async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0) await PostgisServer.DropDatabaseAsync(ConnectionString);
    }
}
