using System.Globalization;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Import;

/// <summary>
/// Maps ACLED's columns (<see cref="AcledLayout.Columns"/>, header names case-insensitive, any order,
/// and the older subset without event_id_cnty) onto the incident input the API validates. Columns
/// BorderMap has no field for are kept as written (<see cref="ImportedRow.Acled"/>), and so is the
/// spelling of a typed column when BorderMap would write it differently, so an export can give it back.
/// </summary>
public sealed class AcledColumns
{
    public static readonly string[] Required = ["event_date", "event_type"];

    private readonly Dictionary<string, int> _index;
    private readonly (string Name, int Index)[] _untyped;

    private AcledColumns(Dictionary<string, int> index)
    {
        _index = index;
        // bordermap_* are BorderMap's own fields in its ACLED-layout export: not ACLED's, never kept.
        _untyped = index.Where(c => !AcledLayout.Typed.Contains(c.Key) && !c.Key.StartsWith("bordermap_", StringComparison.OrdinalIgnoreCase)).Select(c => (c.Key.ToLowerInvariant(), c.Value)).ToArray();
    }

    /// <summary>Whether rows carry ACLED's key, so that they are matched to the incidents imported before.</summary>
    public bool Keyed => _index.ContainsKey(AcledLayout.EventId);

    /// <summary>The header's columns, or the reason the header cannot be used.</summary>
    public static (AcledColumns? Columns, string? Error) FromHeader(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (name.Length > 0 && !index.TryAdd(name, i)) return (null, $"the header names the column {name} twice");
        }
        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        return missing.Count > 0 ? (null, $"the header lacks {string.Join(", ", missing)}") : (new AcledColumns(index), null);
    }

    /// <summary>The row as an incident input; bad numbers become the reason the row is rejected.</summary>
    public (ImportedRow? Row, string? Error) Read(IReadOnlyList<string> fields)
    {
        string? Raw(string name) => _index.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : null;
        string? Get(string name) => Raw(name)?.Trim() is { Length: > 0 } v ? v : null;

        var eventId = Get(AcledLayout.EventId);
        if (Keyed && eventId is null) return (null, $"{AcledLayout.EventId} is empty");
        var latText = Get("latitude");
        var lonText = Get("longitude");
        var lat = AcledLayout.ParseNumber(latText);
        var lon = AcledLayout.ParseNumber(lonText);
        if (lat is null && latText is not null || lon is null && lonText is not null) return (null, "latitude and longitude must be decimal numbers");
        if (lat is null != lon is null) return (null, "give both latitude and longitude, or neither");
        if (lat is { } la && !GeoPoint.IsValidLatitude(la)) return (null, "latitude must be between -90 and 90");
        if (lon is { } lo && !GeoPoint.IsValidLongitude(lo)) return (null, "longitude must be between -180 and 180");
        if (!Integer(Get("fatalities"), out var fatalities)) return (null, "fatalities must be a whole number");
        if (!Integer(Get("geo_precision"), out var geoPrecision)) return (null, "geo_precision must be 1, 2 or 3");
        var dateText = Get("event_date");
        var date = AcledLayout.ParseDate(dateText);
        if (date is { } d && Get("year") is { } year && year != d.Year.ToString(CultureInfo.InvariantCulture))
            return (null, $"year {year} is not the year of event_date {dateText}");

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, i) in _untyped) columns[name] = i < fields.Count ? fields[i] : "";
        // Typed columns keep their spelling only where BorderMap would write them differently.
        if (date is { } dd && dateText != AcledLayout.FormatDate(dd)) columns["event_date"] = dateText!;
        if (lat is { } y && latText != AcledLayout.FormatNumber(y)) columns["latitude"] = latText!;
        if (lon is { } x && lonText != AcledLayout.FormatNumber(x)) columns["longitude"] = lonText!;
        var eventType = EventType.Find(Get("event_type"));
        if (eventType is not null && Get("event_type") != eventType.Label) columns["event_type"] = Get("event_type")!;
        if (eventType?.FindSubType(Get("sub_event_type")) is { } sub && Get("sub_event_type") != sub.Label) columns["sub_event_type"] = Get("sub_event_type")!;
        var (actor1, actor2) = (Get("actor1"), Get("actor2"));
        if (actor1 is null && actor2 is not null || actor1 is not null && actor1 == actor2)
            (columns["actor1"], columns["actor2"]) = (actor1 ?? "", actor2!);

        var input = new IncidentInput
        {
            Date = date is { } v ? AcledLayout.FormatDate(v) : dateText,
            TimePrecision = Get("time_precision") switch { null or "1" => "day", "2" => "week", "3" => "month", var other => other },
            EventType = Get("event_type"),
            SubEventType = Get("sub_event_type"),
            Actors = new[] { actor1, actor2 }.OfType<string>().ToList(),
            PlaceName = Get("location"),
            Admin1 = Get("admin1"),
            Admin2 = Get("admin2"),
            Geometry = lat is { } py && lon is { } px ? new Point(px, py) : null,
            GeoPrecision = geoPrecision,
            Fatalities = fatalities,
            Country = Countries.Normalise(Get("iso")) ?? AcledLayout.CountryCode(Get("iso"), Get("country")) ?? Countries.Normalise(Get("country_code")),
            Source = Get("source"),
            Notes = Get("notes"),
        };
        return (new ImportedRow(input, eventId, Keyed ? columns : null), null);
    }

    private static bool Integer(string? value, out int? number)
    {
        number = null;
        if (value is null) return true;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return false;
        number = n;
        return true;
    }
}
