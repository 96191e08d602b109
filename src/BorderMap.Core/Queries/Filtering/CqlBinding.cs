using System.Globalization;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// The checks both encodings share: a property must be a queryable of the collection, a value must
/// have the property's type, and each operator must suit the type. Failures come back through
/// <c>fail</c>, which the parser turns into an error at the right position.
/// </summary>
internal static class CqlBinding
{
    public static QueryableProperty Property(IReadOnlyDictionary<string, QueryableProperty> queryables, string name, Func<string, CqlSyntaxException> fail) =>
        queryables.TryGetValue(name, out var q) ? q
            : throw fail($"'{Shorten(name)}' is not a queryable of this collection; use {string.Join(", ", queryables.Keys)}");

    /// <summary>A literal as the value the property holds: string, long, double, bool, DateOnly or a UTC DateTime.</summary>
    public static object Value(QueryableProperty property, object literal, Func<string, CqlSyntaxException> fail)
    {
        var value = (property.Type, literal) switch
        {
            (CqlType.String, string s) => s,
            (CqlType.Integer, long n) => n,
            (CqlType.Number, long n) => (double)n,
            (CqlType.Number, double d) => d,
            (CqlType.Boolean, bool b) => b,
            (CqlType.Date, DateOnly d) => d,
            // Clients of the draft (GDAL before 3.7) send days as plain strings.
            (CqlType.Date, string s) when Day(s) is { } d => d,
            (CqlType.Timestamp, DateTime t) => t,
            (CqlType.Timestamp, DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            (CqlType.Timestamp, string s) when Instant(s) is { } t => t,
            _ => (object?)null,
        };
        if (value is null) throw fail(Mismatch(property, literal));
        if (value is string text && property.Values is { } values && !values.Contains(text, StringComparer.Ordinal))
            throw fail($"'{Shorten(text)}' is not a value of {property.Name}; use {string.Join(", ", values)}");
        return value;
    }

    public static void Comparable(QueryableProperty property, CqlComparisonOperator op, Func<string, CqlSyntaxException> fail)
    {
        if (property.Type == CqlType.Geometry) throw fail($"{property.Name} is a geometry; compare it with S_INTERSECTS");
        if (property.Type == CqlType.Boolean && op is not (CqlComparisonOperator.Equal or CqlComparisonOperator.NotEqual))
            throw fail($"{property.Name} is true or false; it can only be compared with = or <>");
    }

    public static void Ordered(QueryableProperty property, string what, Func<string, CqlSyntaxException> fail)
    {
        if (property.Type is not (CqlType.Integer or CqlType.Number or CqlType.Date or CqlType.Timestamp))
            throw fail($"{what} needs a number, date or timestamp property; {property.Name} is {Describe(property.Type)}");
    }

    public static void Text(QueryableProperty property, Func<string, CqlSyntaxException> fail)
    {
        if (property.Type != CqlType.String) throw fail($"LIKE needs a text property; {property.Name} is {Describe(property.Type)}");
    }

    public static void Spatial(QueryableProperty property, Func<string, CqlSyntaxException> fail)
    {
        if (property.Type != CqlType.Geometry) throw fail($"S_INTERSECTS needs the geometry property; {property.Name} is {Describe(property.Type)}");
    }

    public static void Temporal(QueryableProperty property, Func<string, CqlSyntaxException> fail)
    {
        if (property.Type != CqlType.Date) throw fail($"temporal functions need a date property; {property.Name} is {Describe(property.Type)}");
    }

    /// <summary>The UTC day of a temporal literal (a date, a timestamp or their text), for temporal functions.</summary>
    public static DateOnly? DayOf(object literal) => literal switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => Day(s) ?? (Instant(s) is { } t ? DateOnly.FromDateTime(t) : null),
        _ => null,
    };

    /// <summary>A yyyy-mm-dd day; GDAL 3.6 writes a day from an OGR date as yyyy-mm-ddT, which is read as the day.</summary>
    public static DateOnly? Day(string text) =>
        (text.Length == 10 || (text.Length == 11 && text[10] == 'T')) &&
        DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>An RFC 3339 instant with an offset (Z or ±hh:mm), in UTC.</summary>
    public static DateTime? Instant(string text)
    {
        if (text.Length < 20 || text[10] is not ('T' or 't')) return null;
        var hasOffset = text[^1] is 'Z' or 'z' || (text.Length >= 25 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant.UtcDateTime
            : null;
    }

    public static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static string Mismatch(QueryableProperty property, object literal) => property.Type switch
    {
        CqlType.Date => $"{property.Name} is a day; write DATE('2022-05-08')",
        CqlType.Timestamp => $"{property.Name} is an instant; write TIMESTAMP('2022-05-08T10:00:00Z')",
        CqlType.Geometry => $"{property.Name} is a geometry; compare it with S_INTERSECTS",
        CqlType.Integer when literal is double => $"{property.Name} is a whole number; {literal} is not",
        _ => $"{property.Name} is {Describe(property.Type)}; {Describe(literal)} cannot be compared with it",
    };

    private static string Describe(CqlType type) => type switch
    {
        CqlType.String => "text",
        CqlType.Integer => "a whole number",
        CqlType.Number => "a number",
        CqlType.Boolean => "true or false",
        CqlType.Date => "a day",
        CqlType.Timestamp => "an instant",
        _ => "a geometry",
    };

    private static string Describe(object literal) => literal switch
    {
        string s => $"the text '{Shorten(s)}'",
        bool b => b ? "true" : "false",
        DateOnly d => $"the day {d:yyyy-MM-dd}",
        DateTime t => $"the instant {t:yyyy-MM-ddTHH:mm:ssZ}",
        _ => $"the number {Convert.ToString(literal, CultureInfo.InvariantCulture)}",
    };
}
