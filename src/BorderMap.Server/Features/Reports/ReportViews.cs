using System.Text.Json;
using BorderMap.Core.Incidents;
using BorderMap.Data.Reports;
using BorderMap.Server.Hosting;

namespace BorderMap.Server.Features.Reports;

/// <summary>What POST /api/v1/reports answers: the report's id, where to follow it, and whether it was already known.</summary>
internal sealed record ReportReceipt(long Id, string Status, bool Duplicate, string Location);

internal sealed record ReportView(
    long Id, string Status, string? Title, string? Url, string Published, string ContentHash, DateTimeOffset ReceivedAt,
    DateTimeOffset? ProcessedAt, string? Error, string? GazetteerVersion, IReadOnlyList<ReportIncidentView> Incidents, JsonElement Skipped, string Text,
    string? Language)
{
    public static ReportView From(Report r, IReadOnlyList<ReportIncident> incidents) => new(
        r.Id, r.Status.ToString().ToLowerInvariant(), r.Title, r.Url, r.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        r.ContentHash, r.ReceivedAt, r.ProcessedAt, r.Error, r.GazetteerVersion, incidents.Select(ReportIncidentView.From).ToList(),
        JsonDocument.Parse(r.SkippedJson).RootElement.Clone(), r.Text, r.Language);
}

/// <summary>An incident of a report: <c>merged</c> when this report was folded into an incident another source gave first.</summary>
internal sealed record ReportIncidentView(
    long Id, string Href, string Date, string TimePrecision, string EventType, string? SubEventType, string? PlaceName,
    PointGeometry Geometry, int GeoPrecision, string? Country, int? Fatalities, double? Confidence, bool Merged, JsonElement Evidence)
{
    public static ReportIncidentView From(ReportIncident ri)
    {
        var d = ri.Incident.Draft;
        return new(ri.Incident.Id, $"/api/v1/incidents/{ri.Incident.Id}", d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            d.TimePrecision.ToCode(), d.EventType.Code, d.SubEventType?.Code, d.PlaceName, new PointGeometry([d.Location.Lon, d.Location.Lat]),
            (int)d.GeoPrecision, d.Country, d.Fatalities, d.Confidence, ri.Merged, JsonDocument.Parse(ri.EvidenceJson).RootElement.Clone());
    }
}
