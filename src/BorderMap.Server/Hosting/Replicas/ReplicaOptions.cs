using System.ComponentModel.DataAnnotations;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>
/// <c>Replicas:*</c>: how read replicas are watched. The replicas themselves are connection
/// strings under <c>ConnectionStrings:BorderMapReplicas</c> (one value, or a list: <c>…:0</c>, <c>…:1</c>).
/// </summary>
internal sealed class ReplicaOptions
{
    public const string Section = "Replicas";

    /// <summary>A replica further behind than this (seconds since the last transaction it replayed, while WAL waits) gets no reads.</summary>
    [Range(0.0, 3600.0)]
    public double MaxLagSeconds { get; set; } = 5;

    /// <summary>How often each replica is asked where it stands.</summary>
    [Range(50, 60_000)]
    public int ProbeIntervalMilliseconds { get; set; } = 500;
}
