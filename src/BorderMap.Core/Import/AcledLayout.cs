using System.Globalization;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Import;

/// <summary>
/// ACLED's export layout since its March 2023 column changes: the 31 columns in ACLED's order
/// (acledR's codebook, "Guide to 2023 ACLED column changes"), and how BorderMap spells the ones it types.
/// </summary>
public static class AcledLayout
{
    public const string EventId = "event_id_cnty";
    public const string DeletedTimestamp = "deleted_timestamp";

    public static IReadOnlyList<string> Columns { get; } =
    [
        EventId, "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The columns BorderMap stores in its own typed columns; every other column goes to <c>acled</c> as written.</summary>
    public static IReadOnlySet<string> Typed { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        EventId, "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    };

    private static readonly string[] s_dateForms = ["yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy", "dd MMM yyyy", "d MMM yyyy", "dd-MMM-yy", "d-MMM-yy", "dd-MMMM-yyyy"];

    /// <summary>ACLED's date spellings: 2022-05-08 (its API), "08 May 2022" (its export tool), 08-May-22.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value.Trim(), s_dateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A coordinate as BorderMap writes it: the shortest text that reads back as the same double.</summary>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static double? ParseNumber(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private sealed record Country(string Alpha2, int Numeric, string Name, string Region);

    // The region's countries as ACLED names them (its iso column is the ISO 3166-1 numeric code).
    private static readonly Country[] s_countries =
    [
        new(Countries.Afghanistan, 4, "Afghanistan", "South Asia"),
        new(Countries.Tajikistan, 762, "Tajikistan", "Caucasus and Central Asia"),
        new("UZ", 860, "Uzbekistan", "Caucasus and Central Asia"),
        new("TM", 795, "Turkmenistan", "Caucasus and Central Asia"),
        new("KG", 417, "Kyrgyzstan", "Caucasus and Central Asia"),
        new("CN", 156, "China", "East Asia"),
        new("PK", 586, "Pakistan", "South Asia"),
    ];

    /// <summary>The alpha-2 code of an ACLED iso (numeric) or country name in BorderMap's region; null elsewhere.</summary>
    public static string? CountryCode(string? iso, string? name) =>
        (int.TryParse(iso, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? s_countries.FirstOrDefault(c => c.Numeric == n) : null)?.Alpha2
        ?? s_countries.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))?.Alpha2
        ?? Countries.Normalise(name);

    /// <summary>ACLED's iso, region and country for an alpha-2 code; empty texts for none or one outside the region.</summary>
    public static (string Iso, string Region, string Name) CountryColumns(string? alpha2) =>
        s_countries.FirstOrDefault(c => c.Alpha2 == alpha2) is { } c
            ? (c.Numeric.ToString(CultureInfo.InvariantCulture), c.Region, c.Name)
            : ("", "", "");
}
