using System.Text.Json;
using BorderMap.Data.Routing;

namespace BorderMap.Server.Features.Health;

/// <summary>One database as /readyz reports it: the primary, or a replica as its last probe saw it.</summary>
internal sealed record DatabaseStatus(string Name, string Role, string Status, string? ReplayedLsn, double? LagSeconds, string? Problem)
{
    public static DatabaseStatus Of(ReadReplica replica)
    {
        var state = replica.State;
        return new DatabaseStatus(replica.Name, "replica", JsonNamingPolicy.CamelCase.ConvertName(state.Health.ToString()),
            state.Replayed?.ToString(), state.LagSeconds is { } lag ? Math.Round(lag, 3) : null, state.Problem);
    }
}
