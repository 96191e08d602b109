using System.Text.Json.Serialization;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Server.Features.Incidents;

/// <summary>An incident as an RFC 7946 Feature. Field names are part of the API: other tools read them.</summary>
internal sealed record IncidentFeature(long Id, Geometry Geometry, IncidentProperties Properties)
{
    [JsonPropertyOrder(-1)] public string Type => "Feature";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <param name="withAuthors">Whether to name the keys that created and last changed it (not for anonymous callers).</param>
    public static IncidentFeature From(Incident incident, bool withAuthors = true)
    {
        var d = incident.Draft;
        return new IncidentFeature(incident.Id, Factory.CreatePoint(new Coordinate(d.Location.Lon, d.Location.Lat)), new IncidentProperties(
            incident.Id,
            d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            d.TimePrecision.ToCode(),
            d.EventType.Code, d.EventType.Label,
            d.SubEventType?.Code, d.SubEventType?.Label,
            d.Tags, d.Actors, d.Fatalities, d.Injured,
            d.PlaceName, d.Admin1, d.Admin2, d.Country,
            (int)d.GeoPrecision, d.Confidence, d.UncertaintyM,
            incident.Border is { } b ? new BorderProperties(b.Side, b.DistanceM, b.SegmentId, b.NearestCrossingId, b.NearestCrossingM) : null,
            d.Source, d.SourceUrl, d.Published, d.Notes, d.Synthetic,
            incident.Status.ToString().ToLowerInvariant(), incident.Revision,
            incident.CreatedAt, withAuthors ? incident.CreatedBy : null, incident.UpdatedAt, withAuthors ? incident.UpdatedBy : null));
    }
}

internal sealed record IncidentProperties(
    long Id,
    string Date,
    string TimePrecision,
    string EventType,
    string EventTypeLabel,
    string? SubEventType,
    string? SubEventTypeLabel,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Actors,
    int? Fatalities,
    int? Injured,
    string? PlaceName,
    string? Admin1,
    string? Admin2,
    string? Country,
    int GeoPrecision,
    double? Confidence,
    int? UncertaintyM,
    BorderProperties? Border,
    string? Source,
    string? SourceUrl,
    DateTimeOffset? Published,
    string? Notes,
    bool Synthetic,
    string Status,
    int Revision,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CreatedBy,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UpdatedBy);

internal sealed record BorderProperties(string? Side, double? DistanceM, string? SegmentId, string? NearestCrossing, double? NearestCrossingM);

internal sealed record Link(string Href, string Rel, string Type, string? Title = null);

internal sealed record IncidentFeatureCollection(IReadOnlyList<IncidentFeature> Features, int NumberReturned, IReadOnlyList<Link> Links)
{
    [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";
}

internal sealed record IncidentRevisionView(int Revision, string Change, DateTimeOffset ChangedAt, string ChangedBy, System.Text.Json.JsonElement State);
