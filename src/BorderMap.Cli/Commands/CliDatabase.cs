using BorderMap.Cluster;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using Npgsql;
using Spectre.Console;

namespace BorderMap.Cli.Commands;

/// <summary>The database the CLI works on: <c>BORDERMAP_DB</c>, or the checkout's private cluster.</summary>
internal static class CliDatabase
{
    public static async Task<string> ConnectionStringAsync(CancellationToken ct) =>
        await DatabaseLocator.ResolveAsync(
            Environment.GetEnvironmentVariable(DatabaseLocator.EnvironmentVariable),
            DatabaseLocator.DefaultDatabase,
            message => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]"),
            ct);

    public static async Task<NpgsqlDataSource> OpenMigratedAsync(CancellationToken ct)
    {
        var dataSource = BorderMapDataSource.Create(await ConnectionStringAsync(ct), "bordermap-cli");
        var applied = await Migrator.MigrateAsync(dataSource, ct);
        if (applied.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]applied migrations {string.Join(", ", applied)}[/]");
        return dataSource;
    }

    public static string CheckoutRoot() =>
        DatabaseLocator.CheckoutRoot() ?? throw new InvalidOperationException("run bordermap from inside a BorderMap checkout (or set BORDERMAP_HOME)");
}
