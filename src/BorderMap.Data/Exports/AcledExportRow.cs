using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Import;
using BorderMap.Core.Incidents;
using Npgsql;

namespace BorderMap.Data.Exports;

/// <summary>
/// One incident in ACLED's layout: ACLED's 31 columns in ACLED's order, then BorderMap's own fields
/// (<see cref="ExtraColumns"/>). A typed column is written from BorderMap's value, spelled as ACLED
/// spelled it on import when that spelling still says the same value (so an edit made in BorderMap
/// wins, and an untouched ACLED row comes back as it went in); the other ACLED columns come from
/// <c>incidents.acled</c> as written.
/// </summary>
public sealed record AcledExportRow(
    long Id, string? EventId, DateOnly Date, short TimePrecision, EventType EventType, SubEventType? SubEventType, string[] Actors,
    int? Fatalities, string? Admin1, string? Admin2, string? Location, string? Country, short GeoPrecision, string? Source, string? Notes,
    IReadOnlyDictionary<string, string> Acled, double Lon, double Lat,
    string Status, string[] Tags, int? Injured, float? Confidence, string? BorderSide, double? BorderDistanceM, string? BorderSegmentId,
    string? SourceUrl, DateTimeOffset? PublishedAt, bool Synthetic, DateTimeOffset UpdatedAt)
{
    /// <summary>BorderMap's fields after ACLED's columns; the importer ignores them (they start with bordermap_).</summary>
    public static IReadOnlyList<string> ExtraColumns { get; } =
    [
        "bordermap_id", "bordermap_status", "bordermap_tags", "bordermap_injured", "bordermap_confidence", "bordermap_border_side",
        "bordermap_border_distance_m", "bordermap_border_segment_id", "bordermap_source_url", "bordermap_published_at",
        "bordermap_synthetic", "bordermap_updated_at",
    ];

    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();

    internal static AcledExportRow Read(NpgsqlDataReader r)
    {
        var eventType = EventType.Find(r.GetString(4)) ?? throw new InvalidDataException($"incident {r.GetInt64(0)} has unknown event type '{r.GetString(4)}'");
        return new AcledExportRow(
            r.GetInt64(0), Text(r, 1), r.GetFieldValue<DateOnly>(2), r.GetInt16(3), eventType, Text(r, 5) is { } sub ? eventType.FindSubType(sub) : null,
            r.GetFieldValue<string[]>(6), r.IsDBNull(7) ? null : r.GetInt32(7), Text(r, 8), Text(r, 9), Text(r, 10), Text(r, 11), r.GetInt16(12),
            Text(r, 13), Text(r, 14), Text(r, 15) is { } json ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
                .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()) : s_none,
            r.GetDouble(16), r.GetDouble(17), r.GetString(18), r.GetFieldValue<string[]>(19), r.IsDBNull(20) ? null : r.GetInt32(20),
            r.IsDBNull(21) ? null : r.GetFloat(21), Text(r, 22), r.IsDBNull(23) ? null : r.GetDouble(23), Text(r, 24), Text(r, 25),
            r.IsDBNull(26) ? null : r.GetFieldValue<DateTimeOffset>(26), r.GetBoolean(27), r.GetFieldValue<DateTimeOffset>(28));
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>ACLED's columns in <see cref="AcledLayout.Columns"/> order, then <see cref="ExtraColumns"/>.</summary>
    public string[] Values()
    {
        var (actor1, actor2) = ActorColumns();
        var (iso, region, country) = CountryColumns();
        string Kept(string column) => Acled.TryGetValue(column, out var v) ? v : "";
        return
        [
            EventId ?? "",
            Acled.TryGetValue("event_date", out var date) && AcledLayout.ParseDate(date) == Date ? date : AcledLayout.FormatDate(Date),
            Date.Year.ToString(CultureInfo.InvariantCulture),
            TimePrecision.ToString(CultureInfo.InvariantCulture),
            Kept("disorder_type"),
            Acled.TryGetValue("event_type", out var type) && EventType.Find(type) == EventType ? type : EventType.Label,
            SubEventType is null ? "" : Acled.TryGetValue("sub_event_type", out var sub) && EventType.FindSubType(sub) == SubEventType ? sub : SubEventType.Label,
            actor1, Kept("assoc_actor_1"), Kept("inter1"), actor2, Kept("assoc_actor_2"), Kept("inter2"), Kept("interaction"), Kept("civilian_targeting"),
            iso, region, country, Admin1 ?? "", Admin2 ?? "", Kept("admin3"), Location ?? "",
            Coordinate("latitude", Lat), Coordinate("longitude", Lon),
            GeoPrecision.ToString(CultureInfo.InvariantCulture),
            Source ?? "", Kept("source_scale"), Notes ?? "",
            Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "",
            Kept("tags"), Kept("timestamp"),
            Id.ToString(CultureInfo.InvariantCulture), Status, string.Join(';', Tags), Injured?.ToString(CultureInfo.InvariantCulture) ?? "",
            Confidence?.ToString("R", CultureInfo.InvariantCulture) ?? "", BorderSide ?? "", BorderDistanceM?.ToString("R", CultureInfo.InvariantCulture) ?? "",
            BorderSegmentId ?? "", SourceUrl ?? "", ExportText.Format(PublishedAt), Synthetic ? "true" : "false", ExportText.Format(UpdatedAt),
        ];
    }

    private string Coordinate(string column, double value) =>
        Acled.TryGetValue(column, out var text) && AcledLayout.ParseNumber(text) == value ? text : AcledLayout.FormatNumber(value);

    // ACLED's two actor columns as imported, when BorderMap's actors are still those two.
    private (string, string) ActorColumns()
    {
        if (Acled.TryGetValue("actor1", out var a1) && Acled.TryGetValue("actor2", out var a2)
            && new[] { a1, a2 }.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).SequenceEqual(Actors, StringComparer.Ordinal))
            return (a1, a2);
        return (Actors.Length > 0 ? Actors[0] : "", Actors.Length > 1 ? string.Join("; ", Actors[1..]) : "");
    }

    // ACLED's iso, region and country as imported, when they still name BorderMap's country.
    private (string, string, string) CountryColumns()
    {
        if (Acled.TryGetValue("iso", out var iso) | Acled.TryGetValue("country", out var name)
            && AcledLayout.CountryCode(iso, name) == Country)
            return (iso ?? "", Acled.TryGetValue("region", out var region) ? region : "", name ?? "");
        return AcledLayout.CountryColumns(Country);
    }
}
