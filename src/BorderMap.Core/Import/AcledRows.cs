using System.Globalization;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Import;

/// <summary>
/// Maps ACLED-style columns (event_date, event_type, sub_event_type, actor1, actor2, location,
/// latitude, longitude, geo_precision, time_precision, fatalities, source, notes; header names
/// case-insensitive) onto the incident input the API validates.
/// </summary>
public sealed class AcledColumns
{
    public static readonly string[] Required = ["event_date", "event_type"];

    private readonly Dictionary<string, int> _index;

    private AcledColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>The header's columns, or the reason the header cannot be used.</summary>
    public static (AcledColumns? Columns, string? Error) FromHeader(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        return missing.Count > 0 ? (null, $"the header lacks {string.Join(", ", missing)}") : (new AcledColumns(index), null);
    }

    /// <summary>The row as an incident input; bad numbers become the reason the row is rejected.</summary>
    public (IncidentInput? Input, string? Error) Read(IReadOnlyList<string> fields)
    {
        string? Get(string name) => _index.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;

        if (!Number(Get("latitude"), out var lat) || !Number(Get("longitude"), out var lon)) return (null, "latitude and longitude must be decimal numbers");
        if (lat is null != lon is null) return (null, "give both latitude and longitude, or neither");
        if (lat is { } la && !GeoPoint.IsValidLatitude(la)) return (null, "latitude must be between -90 and 90");
        if (lon is { } lo && !GeoPoint.IsValidLongitude(lo)) return (null, "longitude must be between -180 and 180");
        if (!Integer(Get("fatalities"), out var fatalities)) return (null, "fatalities must be a whole number");
        if (!Integer(Get("geo_precision"), out var geoPrecision)) return (null, "geo_precision must be 1, 2 or 3");
        var date = Date(Get("event_date"));
        return (new IncidentInput
        {
            Date = date,
            TimePrecision = Get("time_precision") ?? "day",
            EventType = Get("event_type"),
            SubEventType = Get("sub_event_type"),
            Actors = new[] { Get("actor1"), Get("actor2") }.OfType<string>().ToList(),
            PlaceName = Get("location"),
            Geometry = lat is { } y && lon is { } x ? new Point(x, y) : null,
            GeoPrecision = geoPrecision,
            Fatalities = fatalities,
            Country = Countries.Normalise(Get("iso") ?? Get("country_code")) ?? CountryFromName(Get("country")),
            Source = Get("source"),
            Notes = Get("notes"),
        }, null);
    }

    // ACLED exports write "08 May 2022"; the API writes 2022-05-08. Anything else goes to validation as given.
    private static string? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy", "dd-MMM-yy", "d-MMM-yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;

    private static string? CountryFromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "tajikistan" => Countries.Tajikistan,
        "afghanistan" => Countries.Afghanistan,
        _ => Countries.Normalise(name),
    };

    private static bool Number(string? value, out double? number)
    {
        number = null;
        if (value is null) return true;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n)) return false;
        number = n;
        return true;
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
