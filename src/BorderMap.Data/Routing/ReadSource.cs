using Npgsql;

namespace BorderMap.Data.Routing;

/// <summary>The database one read goes to: the primary or a named replica.</summary>
public sealed record ReadSource(string Name, NpgsqlDataSource DataSource, ReadReplica? Replica)
{
    public const string PrimaryName = "primary";

    public bool IsReplica => Replica is not null;
}
