using BorderMap.Cluster;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using BorderMap.Server.Hosting.Replicas;
using Npgsql;

namespace BorderMap.Server.Hosting;

/// <summary>The data source requests use: every statement is cut off after <c>Database:StatementTimeoutSeconds</c>.</summary>
internal sealed class MaintenanceDataSource(NpgsqlDataSource dataSource)
{
    /// <summary>For migrations and bulk loads, which may rightly run longer than any request.</summary>
    public NpgsqlDataSource DataSource { get; } = dataSource;
}

internal static class DatabaseSetup
{
    /// <summary>
    /// Registers the one request <see cref="NpgsqlDataSource"/> over the configured connection string
    /// (<c>ConnectionStrings:BorderMap</c>, else environment <c>BORDERMAP_DB</c>) or the checkout's
    /// private cluster. A heavy query is cancelled by PostgreSQL's statement_timeout and answers 503
    /// rather than holding a connection; maintenance work gets a data source without that limit.
    /// </summary>
    public static async Task AddBorderMapDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("BorderMap") is { Length: > 0 } fromConfig
            ? fromConfig : Environment.GetEnvironmentVariable(DatabaseLocator.EnvironmentVariable);
        var connectionString = await DatabaseLocator.ResolveAsync(configured, DatabaseLocator.DefaultDatabase, Console.WriteLine);

        var timeout = builder.Configuration.GetValue("Database:StatementTimeoutSeconds", 30);
        if (timeout is < 1 or > 3600) throw new InvalidOperationException("Database:StatementTimeoutSeconds must be from 1 to 3600");
        builder.Services.AddSingleton(_ => BorderMapDataSource.Create(ForRequests(connectionString, timeout), "bordermap-server"));
        builder.Services.AddSingleton(_ => new MaintenanceDataSource(BorderMapDataSource.Create(connectionString, "bordermap-maintenance")));
        builder.Services.AddBorderMapReplicas(builder.Configuration, replica => ForRequests(replica, timeout));
    }

    /// <summary>The settings of every connection a request reads or writes through, on the primary or a replica.</summary>
    private static string ForRequests(string connectionString, int timeout)
    {
        var requests = new NpgsqlConnectionStringBuilder(connectionString);
        // Requests repeat a few statements: Npgsql prepares them per connection after two uses, so
        // PostgreSQL parses each once (and a connection with prepared statements is returned to the
        // pool without DISCARD ALL). Every execution is still planned for its own parameter values,
        // as unprepared statements are: the queries' "$n IS NULL OR …" filters fold away only then,
        // and a generic plan would walk the id index for a bbox whatever its size.
        if (requests.MaxAutoPrepare == 0)
        {
            requests.MaxAutoPrepare = 64;
            requests.AutoPrepareMinUsages = 2;
        }
        requests.Options = $"{requests.Options} -c statement_timeout={timeout * 1000} -c plan_cache_mode=force_custom_plan".Trim();
        return requests.ConnectionString;
    }

    /// <summary>Applies pending migrations before the server takes requests.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var dataSource = app.Services.GetRequiredService<MaintenanceDataSource>().DataSource;
        var applied = await Migrator.MigrateAsync(dataSource, app.Lifetime.ApplicationStopping);
        if (applied.Count > 0)
            app.Logger.LogInformation("Applied migrations {Versions}", string.Join(", ", applied));
    }
}
