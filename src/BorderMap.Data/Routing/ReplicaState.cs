using NpgsqlTypes;

namespace BorderMap.Data.Routing;

/// <summary>A replica as its last probe saw it: health, the WAL replayed and the lag in seconds.</summary>
public sealed record ReplicaState(ReplicaHealth Health, NpgsqlLogSequenceNumber? Replayed, double? LagSeconds, string? Problem, DateTimeOffset CheckedAt)
{
    public static readonly ReplicaState NotProbed = new(ReplicaHealth.Unknown, null, null, "not probed yet", DateTimeOffset.MinValue);

    public bool Serves => Health == ReplicaHealth.Streaming;

    /// <summary>Whether this state shows the replica has replayed <paramref name="position"/> (always, when none is asked).</summary>
    public bool HasReplayed(NpgsqlLogSequenceNumber? position) => position is not { } p || Replayed is { } r && r >= p;
}
