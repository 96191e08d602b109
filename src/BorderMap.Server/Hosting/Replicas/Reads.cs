using Npgsql;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>
/// The key of the services a feature reads through when its reads may be served by a replica:
/// a handler asks for <c>[FromKeyedServices(Reads.FromReplica)] OgcStore store</c> and gets a
/// store over the database chosen for this request; the unkeyed store stays the primary's.
/// </summary>
internal static class Reads
{
    public const string FromReplica = "reads-from-replica";

    /// <summary>Registers <typeparamref name="T"/> built over this request's read database, under <see cref="FromReplica"/>.</summary>
    public static IServiceCollection AddReplicaReads<T>(this IServiceCollection services, Func<NpgsqlDataSource, T> create) where T : class =>
        services.AddKeyedScoped<T>(FromReplica, (provider, _) => create(provider.GetRequiredService<ReadRoute>().Use()));
}
