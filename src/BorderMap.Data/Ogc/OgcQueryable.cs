using BorderMap.Core.Incidents;
using BorderMap.Core.Queries.Filtering;

namespace BorderMap.Data.Ogc;

/// <summary>
/// A queryable of a collection and the SQL expression it stands for. The expressions are fixed text
/// written here; a filter names a queryable and gets its expression, so no name a client sends ever
/// reaches SQL.
/// </summary>
public sealed record OgcQueryable(QueryableProperty Property, string Sql)
{
    public const string GeometryName = "geometry";

    public static IReadOnlyList<OgcQueryable> Incidents { get; } =
    [
        new(new("id", CqlType.Integer, "Incident id"), "id"),
        new(new("date", CqlType.Date, "Day the incident occurred (UTC)"), "occurred_on"),
        new(new("time_precision", CqlType.String, "How precisely the day is known", ["day", "week", "month"]),
            "(CASE time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END)"),
        new(new("event_type", CqlType.String, "ACLED event type", EventType.All.Select(t => t.Code).ToList()), "event_type"),
        new(new("sub_event_type", CqlType.String, "ACLED sub-event type"), "sub_event_type"),
        new(new("fatalities", CqlType.Integer, "Reported fatalities"), "fatalities"),
        new(new("injured", CqlType.Integer, "Reported injured"), "injured"),
        new(new("place_name", CqlType.String, "Place name as geocoded"), "place_name"),
        new(new("admin1", CqlType.String, "Province"), "admin1"),
        new(new("admin2", CqlType.String, "District"), "admin2"),
        new(new("country", CqlType.String, "ISO 3166-1 alpha-2 country code"), "country"),
        new(new("geo_precision", CqlType.Integer, "1 the place itself, 2 a district or near a place, 3 a province or the border"), "geo_precision"),
        new(new("confidence", CqlType.Number, "Geocoding confidence, 0 to 1"), "confidence"),
        new(new("uncertainty_m", CqlType.Integer, "Radius of the location's uncertainty, metres"), "uncertainty_m"),
        new(new("border_side", CqlType.String, "Country on whose side of the border the point lies"), "border_side"),
        new(new("border_distance_m", CqlType.Number, "Distance to the border line, metres"), "border_distance_m"),
        new(new("border_segment_id", CqlType.String, "Nearest border segment"), "border_segment_id"),
        new(new("source", CqlType.String, "Who reported it"), "source"),
        new(new("source_url", CqlType.String, "Where it was reported"), "source_url"),
        new(new("synthetic", CqlType.Boolean, "A synthetic benchmark row"), "synthetic"),
        new(new("updated_at", CqlType.Timestamp, "Last change"), "updated_at"),
        Geometry("Incident location (point)"),
    ];

    public static IReadOnlyList<OgcQueryable> Places { get; } =
    [
        new(new("id", CqlType.Integer, "GeoNames id"), "id"),
        new(new("name", CqlType.String, "Name"), "name"),
        new(new("ascii_name", CqlType.String, "Name in ASCII"), "ascii_name"),
        new(new("feature_class", CqlType.String, "GeoNames feature class"), "feature_class"),
        new(new("feature_code", CqlType.String, "GeoNames feature code"), "feature_code"),
        new(new("country", CqlType.String, "ISO 3166-1 alpha-2 country code"), "country"),
        new(new("admin1_name", CqlType.String, "Province"), "admin1_name"),
        new(new("admin2_name", CqlType.String, "District"), "admin2_name"),
        new(new("population", CqlType.Integer, "Population"), "population"),
        new(new("border_distance_m", CqlType.Number, "Distance to the border line, metres"), "border_distance_m"),
        Geometry("Place location (point)"),
    ];

    public static IReadOnlyList<OgcQueryable> BorderSegments { get; } =
    [
        new(new("id", CqlType.String, "Segment id"), "id"),
        new(new("ordinal", CqlType.Integer, "Order from the Uzbek to the Chinese tripoint"), "ordinal"),
        new(new("name", CqlType.String, "Name"), "name"),
        new(new("tj_admin2_name", CqlType.String, "Tajik district"), "tj_admin2_name"),
        new(new("af_admin2_name", CqlType.String, "Afghan district"), "af_admin2_name"),
        new(new("length_m", CqlType.Number, "Length, metres"), "length_m"),
        Geometry("Segment of the border line"),
    ];

    public static IReadOnlyList<OgcQueryable> Crossings { get; } =
    [
        new(new("id", CqlType.String, "Crossing id"), "id"),
        new(new("name", CqlType.String, "Name"), "name"),
        new(new("kind", CqlType.String, "Bridge, border post, …"), "kind"),
        new(new("segment_id", CqlType.String, "Border segment"), "segment_id"),
        new(new("snap_distance_m", CqlType.Number, "Distance snapped onto the border line, metres"), "snap_distance_m"),
        Geometry("Crossing location (point on the border line)"),
    ];

    private static OgcQueryable Geometry(string title) => new(new(GeometryName, CqlType.Geometry, title), "geom");
}
