using BorderMap.Data;
using BorderMap.Data.Routing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>
/// Registers the read routing: the replicas of <c>ConnectionStrings:BorderMapReplicas</c> (none by
/// default: every read is the primary's), their monitor, the per-request <see cref="ReadRoute"/>.
/// </summary>
internal static class ReplicaSetup
{
    public const string ConnectionStringsKey = "BorderMapReplicas";

    public static IServiceCollection AddBorderMapReplicas(this IServiceCollection services, IConfiguration configuration,
        Func<string, string> forRequests)
    {
        services.AddOptions<ReplicaOptions>().Bind(configuration.GetSection(ReplicaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var connectionStrings = ConnectionStrings(configuration);
        services.AddSingleton(provider => new DatabaseRoutes(provider.GetRequiredService<NpgsqlDataSource>(),
            connectionStrings.Select((connectionString, i) =>
                new ReadReplica($"replica-{i + 1}", BorderMapDataSource.Create(forRequests(connectionString), $"bordermap-replica-{i + 1}"))).ToList()));
        services.AddScoped<ReadRoute>();
        if (connectionStrings.Count > 0) services.AddHostedService<ReplicaMonitor>();
        return services;
    }

    public static IApplicationBuilder UseBorderMapReplicas(this IApplicationBuilder app) => app.UseMiddleware<ReadRouting>();

    /// <summary>One connection string, or a list of them (<c>BorderMapReplicas:0</c>, <c>:1</c>, …).</summary>
    private static List<string> ConnectionStrings(IConfiguration configuration)
    {
        var section = configuration.GetSection("ConnectionStrings").GetSection(ConnectionStringsKey);
        if (section.Value is { Length: > 0 } one) return [one];
        return section.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue)
            .Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();
    }
}
