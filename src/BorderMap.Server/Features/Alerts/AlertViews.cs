using BorderMap.Data.Alerts;
using NetTopologySuite.Geometries;

namespace BorderMap.Server.Features.Alerts;

internal sealed record AlertAreaView(string Kind, Geometry? Geometry, string? SegmentId, string? CrossingId, double? BufferKm, Geometry Resolved);

internal sealed record BaselineView(int Windows, double RisePercent);

/// <summary>An alert rule as clients read it; the webhook secret is write-only.</summary>
internal sealed record AlertRuleView(
    long Id, string Name, AlertAreaView Area, IReadOnlyList<string> EventTypes, int MinCount, int WindowHours, int? MinFatalities,
    BaselineView? Baseline, string Severity, string? WebhookUrl, bool WebhookSecretSet, int CooldownMinutes, bool Enabled,
    DateTimeOffset? EvaluatedAt, DateTimeOffset? LastAlertAt, int Revision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AlertRuleView From(AlertRule r) => new(
        r.Id, r.Name,
        new AlertAreaView(r.AreaKind, r.AreaKind is "polygon" or "point" ? r.AreaInput : null,
            r.AreaKind == "segment" ? r.AreaRef : null, r.AreaKind == "crossing" ? r.AreaRef : null, r.BufferKm, r.Area),
        r.EventTypes, r.MinCount, r.WindowHours, r.MinFatalities,
        r.Rise is { } rise ? new BaselineView(rise.Windows, rise.Percent) : null,
        AlertRuleStore.SeverityCode(r.Severity), r.WebhookUrl, r.WebhookUrl is not null, r.CooldownMinutes, r.Enabled,
        r.EvaluatedAt, r.LastAlertAt, r.Revision, r.CreatedAt, r.UpdatedAt);
}

internal sealed record AlertWindowView(DateOnly Start, DateOnly End, int Days);

internal sealed record AlertDeliveryView(string State, int Attempts, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, IReadOnlyList<DeliveryAttempt> Log);

internal sealed record AlertView(
    long Id, long RuleId, string RuleName, AlertWindowView Window, int IncidentCount, int Fatalities, IReadOnlyList<long> IncidentIds,
    double? BaselineAverage, string Severity, DateTimeOffset CreatedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy,
    AlertDeliveryView Delivery)
{
    public static AlertView From(Alert a) => new(
        a.Id, a.RuleId, a.RuleName, new AlertWindowView(a.Window.Start, a.Window.End, a.Window.Days), a.IncidentCount, a.Fatalities, a.IncidentIds,
        a.BaselineAverage, a.Severity, a.CreatedAt, a.AcknowledgedAt, a.AcknowledgedBy,
        new AlertDeliveryView(a.DeliveryState, a.DeliveryAttempts, a.NextAttemptAt, a.DeliveredAt, a.Attempts));
}

internal sealed record AlertList(IReadOnlyList<AlertView> Alerts, string? Next);

internal sealed record AlertCheckView(int RulesEvaluated, int WindowsEvaluated, IReadOnlyList<AlertView> Created);
