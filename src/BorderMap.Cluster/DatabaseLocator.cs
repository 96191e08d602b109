namespace BorderMap.Cluster;

/// <summary>
/// Decides which database BorderMap talks to: a configured connection string when there is one
/// (environment <c>BORDERMAP_DB</c> or <c>ConnectionStrings:BorderMap</c>), otherwise the checkout's
/// private cluster, started on demand.
/// </summary>
public static class DatabaseLocator
{
    public const string EnvironmentVariable = "BORDERMAP_DB";
    public const string DefaultDatabase = "bordermap";

    public static async Task<string> ResolveAsync(string? configured, string database, Action<string>? report, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;

        var root = CheckoutRoot()
            ?? throw new ClusterException(
                $"no database is configured and no checkout was found to hold a private cluster; set {EnvironmentVariable} " +
                "or ConnectionStrings:BorderMap to a PostgreSQL + PostGIS connection string");
        var cluster = await PrivateCluster.ForCheckoutAsync(root, report);
        return await cluster.EnsureRunningAsync(database, ct);
    }

    /// <summary>The checkout this program runs from: <c>BORDERMAP_HOME</c>, else the folder holding BorderMap.sln above the binaries or the working directory.</summary>
    public static string? CheckoutRoot() =>
        Environment.GetEnvironmentVariable("BORDERMAP_HOME") is { Length: > 0 } home
            ? home
            : ClusterLayout.FindCheckoutRoot(AppContext.BaseDirectory) ?? ClusterLayout.FindCheckoutRoot(Directory.GetCurrentDirectory());
}
