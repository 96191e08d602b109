using Npgsql;

namespace BorderMap.Data.Exports;

/// <summary>
/// One incident as every export format writes it. The names in <see cref="ExportFields"/> are the
/// field names of GeoPackage, GeoJSON, KML and CSV; Shapefile abbreviates them (see README.md).
/// </summary>
public sealed record IncidentExportRow(
    long Id,
    DateOnly Date,
    string TimePrecision,
    string EventType,
    string? SubEventType,
    int? Fatalities,
    int? Injured,
    string? PlaceName,
    string? Admin1,
    string? Admin2,
    string? Country,
    short GeoPrecision,
    float? Confidence,
    int? UncertaintyM,
    string? BorderSide,
    double? BorderDistanceM,
    string? BorderSegmentId,
    string? Source,
    string? SourceUrl,
    DateTimeOffset? PublishedAt,
    bool Synthetic,
    DateTimeOffset UpdatedAt,
    double Lon,
    double Lat)
{
    /// <summary>Reads a row of ExportIncidents.sql, whose columns are in this record's order.</summary>
    internal static IncidentExportRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), Text(r, 4),
        r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6),
        Text(r, 7), Text(r, 8), Text(r, 9), Text(r, 10), r.GetInt16(11),
        r.IsDBNull(12) ? null : r.GetFloat(12), r.IsDBNull(13) ? null : r.GetInt32(13),
        Text(r, 14), r.IsDBNull(15) ? null : r.GetDouble(15), Text(r, 16),
        Text(r, 17), Text(r, 18), r.IsDBNull(19) ? null : r.GetFieldValue<DateTimeOffset>(19),
        r.GetBoolean(20), r.GetFieldValue<DateTimeOffset>(21), r.GetDouble(22), r.GetDouble(23));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>The attribute values in <see cref="ExportFields.All"/> order (the point is separate).</summary>
    public object?[] Values() =>
    [
        Id, Date, TimePrecision, EventType, SubEventType, Fatalities, Injured, PlaceName, Admin1, Admin2, Country,
        GeoPrecision, Confidence, UncertaintyM, BorderSide, BorderDistanceM, BorderSegmentId, Source, SourceUrl, PublishedAt, Synthetic, UpdatedAt,
    ];
}

public enum ExportFieldType { Integer, Integer64, Real, Text, Date, DateTime, Boolean }

/// <summary>
/// An attribute of an exported incident: its full name, Shapefile's ≤ 10-character name, type and DBF
/// width. DBF has dates but no date-times: a date-time is a date there, and <paramref name="ShapefileTimestamp"/>
/// names a second, text column holding the full ISO 8601 UTC value.
/// </summary>
public sealed record ExportField(string Name, string ShapefileName, ExportFieldType Type, int TextWidth = 0, string? ShapefileTimestamp = null);

public static class ExportFields
{
    /// <summary>Every attribute, in the order of <see cref="IncidentExportRow.Values"/>.</summary>
    public static readonly IReadOnlyList<ExportField> All =
    [
        new("id", "id", ExportFieldType.Integer64),
        new("date", "date", ExportFieldType.Date),
        new("time_precision", "time_prec", ExportFieldType.Text, 5),
        new("event_type", "event_type", ExportFieldType.Text, 40),
        new("sub_event_type", "sub_event", ExportFieldType.Text, 60),
        new("fatalities", "fatalities", ExportFieldType.Integer),
        new("injured", "injured", ExportFieldType.Integer),
        new("place_name", "place_name", ExportFieldType.Text, 120),
        new("admin1", "admin1", ExportFieldType.Text, 80),
        new("admin2", "admin2", ExportFieldType.Text, 80),
        new("country", "country", ExportFieldType.Text, 2),
        new("geo_precision", "geo_prec", ExportFieldType.Integer),
        new("confidence", "confidence", ExportFieldType.Real),
        new("uncertainty_m", "uncert_m", ExportFieldType.Integer),
        new("border_side", "bord_side", ExportFieldType.Text, 2),
        new("border_distance_m", "bord_dist", ExportFieldType.Real),
        new("border_segment_id", "bord_seg", ExportFieldType.Text, 20),
        new("source", "source", ExportFieldType.Text, 120),
        new("source_url", "source_url", ExportFieldType.Text, 254),
        new("published_at", "published", ExportFieldType.DateTime, 25, ShapefileTimestamp: "publ_utc"),
        new("synthetic", "synthetic", ExportFieldType.Boolean),
        new("updated_at", "updated", ExportFieldType.DateTime, 25, ShapefileTimestamp: "upd_utc"),
    ];
}
