using BorderMap.Data.Routing;
using Npgsql;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>
/// The database this request's replica-safe reads go to, chosen by <see cref="ReadRouting"/> before
/// the endpoint runs (the primary until then, and for every request that is not a GET).
/// </summary>
internal sealed class ReadRoute(DatabaseRoutes routes)
{
    public ReadSource Source { get; set; } = routes.Primary;

    /// <summary>Whether a store was built over <see cref="Source"/> (the answer then says where it read).</summary>
    public bool Used { get; private set; }

    public NpgsqlDataSource Use()
    {
        Used = true;
        return Source.DataSource;
    }
}
