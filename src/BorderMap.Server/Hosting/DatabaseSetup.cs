using BorderMap.Data;
using BorderMap.Data.Cluster;
using BorderMap.Data.Migrations;
using Npgsql;

namespace BorderMap.Server.Hosting;

internal static class DatabaseSetup
{
    /// <summary>
    /// Registers the one <see cref="NpgsqlDataSource"/>: the configured connection string
    /// (<c>BORDERMAP_DB</c> or <c>ConnectionStrings:BorderMap</c>), or the checkout's private cluster.
    /// </summary>
    public static async Task AddBorderMapDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = Environment.GetEnvironmentVariable(DatabaseLocator.EnvironmentVariable)
            is { Length: > 0 } fromEnvironment ? fromEnvironment : builder.Configuration.GetConnectionString("BorderMap");
        var connectionString = await DatabaseLocator.ResolveAsync(configured, DatabaseLocator.DefaultDatabase, Console.WriteLine);
        builder.Services.AddSingleton(_ => BorderMapDataSource.Create(connectionString, "bordermap-server"));
    }

    /// <summary>Applies pending migrations before the server takes requests.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var applied = await Migrator.MigrateAsync(dataSource, app.Lifetime.ApplicationStopping);
        if (applied.Count > 0)
            app.Logger.LogInformation("Applied migrations {Versions}", string.Join(", ", applied));
    }
}
