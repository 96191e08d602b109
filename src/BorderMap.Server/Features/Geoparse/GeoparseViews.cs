using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;
using BorderMap.Server.Hosting;

namespace BorderMap.Server.Features.Geoparse;

/// <summary>The geoparse answer. Other tools read these field names: change them only with a new API version.</summary>
/// <param name="Language">The language the text was read in: the one the request named, else the one its letters show.</param>
internal sealed record GeoparseResponse(IReadOnlyList<IncidentView> Incidents, IReadOnlyList<SkippedView> Skipped, string Language)
{
    public static GeoparseResponse From(GeoparseResult result) =>
        new(result.Incidents.Select(IncidentView.From).ToList(), result.Skipped.Select(s => new SkippedView(s.Reason, EvidenceView.From(s.Evidence))).ToList(),
            result.Language);
}

internal sealed record IncidentView(
    string Date,
    string TimePrecision,
    string EventType,
    string? SubEventType,
    IReadOnlyList<string> Tags,
    string PlaceName,
    PointGeometry Geometry,
    int GeoPrecision,
    string Country,
    string? Admin1,
    string? Admin2,
    BorderView Border,
    int? Fatalities,
    int? Injured,
    IReadOnlyList<string> Actors,
    double Confidence,
    IReadOnlyList<AlternativeView> Alternatives,
    IReadOnlyList<string> ContextPlaces,
    EvidenceView Evidence,
    string? Notes)
{
    public static IncidentView From(ExtractedIncident i) => new(
        i.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.TimePrecision.ToCode(), i.EventType.Code,
        i.SubEventType?.Code, i.Tags, i.PlaceName, Point(i.Location), (int)i.GeoPrecision, i.Country, i.Admin1, i.Admin2,
        new BorderView(i.Border.Side, i.Border.DistanceM, i.Border.SegmentId, i.Border.NearestCrossingId, i.NearestCrossingName),
        i.Fatalities, i.Injured, i.Actors, i.Confidence,
        i.Alternatives.Select(a => new AlternativeView(a.PlaceName, a.Country, Point(a.Location), (int)a.GeoPrecision, a.Score)).ToList(),
        i.ContextPlaces, EvidenceView.From(i.Evidence), i.Notes);

    // Six decimals is about 10 cm: more would only pretend to a precision the text never had.
    private static PointGeometry Point(GeoPoint p) => new([Math.Round(p.Lon, 6), Math.Round(p.Lat, 6)]);
}

internal sealed record BorderView(string? Side, double? DistanceM, string? SegmentId, string? NearestCrossing, string? NearestCrossingName);

internal sealed record AlternativeView(string PlaceName, string Country, PointGeometry Geometry, int GeoPrecision, double Score);

internal sealed record EvidenceView(int Start, int End, string Sentence)
{
    public static EvidenceView From(Evidence e) => new(e.Start, e.End, e.Sentence);
}

internal sealed record SkippedView(string Reason, EvidenceView Evidence);
