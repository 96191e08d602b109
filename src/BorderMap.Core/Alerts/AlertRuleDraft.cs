using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Alerts;

public enum AlertSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>Where a rule looks: a polygon as drawn, or a buffer around a point, a border segment or a crossing.</summary>
public abstract record AlertArea
{
    public const double MaxBufferKm = 200;

    /// <summary>A valid Polygon or MultiPolygon in EPSG:4326.</summary>
    public sealed record Drawn(Geometry Geometry) : AlertArea;
    public sealed record AroundPoint(GeoPoint Center, double BufferKm) : AlertArea;
    public sealed record AroundSegment(string SegmentId, double BufferKm) : AlertArea;
    public sealed record AroundCrossing(string CrossingId, double BufferKm) : AlertArea;
}

/// <summary>Where and how alerts of a rule are delivered. The secret signs each body and is never shown again.</summary>
public sealed record AlertWebhook(Uri Url, string Secret);

/// <summary>A validated alert rule as a client states it, before it is stored.</summary>
public sealed record AlertRuleDraft
{
    public required string Name { get; init; }
    public required AlertArea Area { get; init; }
    /// <summary>Event type codes the rule counts; empty counts every type.</summary>
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public required AlertCondition Condition { get; init; }
    public required int WindowHours { get; init; }
    public AlertSeverity Severity { get; init; } = AlertSeverity.Medium;
    public AlertWebhook? Webhook { get; init; }
    public int CooldownMinutes { get; init; }
    public bool Enabled { get; init; } = true;

    public int WindowDays => WindowHours / 24;
}
