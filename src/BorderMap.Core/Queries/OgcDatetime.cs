using System.Globalization;

namespace BorderMap.Core.Queries;

/// <summary>
/// The <c>datetime</c> parameter of OGC API – Features: an instant, or a closed interval
/// <c>start/end</c> whose ends may be open (<c>..</c> or empty). BorderMap's temporal property is
/// the incident's calendar day (UTC), so an incident matches when its day intersects the instant or
/// interval: the result is an inclusive range of days, exact for day-granular data.
/// </summary>
public sealed record OgcDatetime(DateOnly? FromDay, DateOnly? ToDay)
{
    public static OgcDatetime? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            error = "must be an instant or an interval start/end (RFC 3339; '..' for an open end)";
            return null;
        }
        if (parts.Length == 1)
        {
            if (parts[0] is "" or "..") { error = "an instant cannot be open; use an interval such as 2022-01-01/.."; return null; }
            var day = Day(parts[0]);
            if (day is null) { error = Explain(parts[0]); return null; }
            return new OgcDatetime(day, day);
        }

        DateOnly? from = null, to = null;
        if (!IsOpen(parts[0]) && (from = Day(parts[0])) is null) { error = Explain(parts[0]); return null; }
        if (!IsOpen(parts[1]) && (to = Day(parts[1])) is null) { error = Explain(parts[1]); return null; }
        if (from > to) { error = "the interval's start is after its end"; return null; }
        return new OgcDatetime(from, to);
    }

    private static bool IsOpen(string end) => end is "" or "..";

    /// <summary>The UTC calendar day of an RFC 3339 date or date-time.</summary>
    private static DateOnly? Day(string text)
    {
        // GDAL 3.6 writes a day from an OGR date as yyyy-mm-ddT; it is read as the day.
        if (text.Length == 11 && text[10] == 'T') text = text[..10];
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        // RFC 3339 requires an offset (Z or ±hh:mm) and a 'T' (or space) between date and time.
        if (text.Length < 20 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) return null;
        var last = text[^1];
        var hasOffset = last is 'Z' or 'z' || (text.Length >= 25 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : null;
    }

    private static string Explain(string value) =>
        $"'{(value.Length > 40 ? value[..40] + "…" : value)}' is not an RFC 3339 date (2022-05-08) or date-time with offset (2022-05-08T00:00:00Z)";
}
