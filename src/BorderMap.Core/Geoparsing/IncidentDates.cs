using System.Globalization;
using System.Text.RegularExpressions;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>A date expression found in a sentence, resolved against the publication date.</summary>
/// <param name="Date">The day, or the first day of the week or month the text names.</param>
/// <param name="Said">The day something was said ("officials said Monday"), chosen only because the sentence gives no other.</param>
public sealed record DateMention(DateOnly Date, TimePrecision Precision, int Start, int End, string Text, bool Explicit, bool Said = false);

/// <summary>
/// Finds dates in any common English form and resolves relative ones against the publication date:
/// "8 May 2022", "May 8", "2022-05-08", "08.05.2022", "on Friday", "yesterday", "overnight",
/// "last week", "earlier this month", "in April", "three days ago". A week or month is given by its
/// first day (never after publication) with week or month precision.
/// </summary>
public static partial class IncidentDates
{
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every date the sentence names, in text order. Dates after publication are returned too, so callers can treat them as plans.</summary>
    public static List<DateMention> Find(string sentence, DateOnly published)
    {
        var found = new List<DateMention>();
        foreach (var (mayMatch, pattern) in s_expressions)
        {
            if (!mayMatch(sentence)) continue;
            foreach (Match m in pattern.Matches(sentence))
            {
                // An earlier family wins an overlap: "8th of May" is a day, not the month "of May".
                if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) continue;
                var resolved = Resolve(m, published);
                if (resolved is { } r) found.Add(new DateMention(r.Date, r.Precision, m.Index, m.Index + m.Length, m.Value, r.Explicit));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static readonly string[] s_monthStems = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] s_relativeStems = ["yesterday", "night", "today", "morning", "evening", "week", "month", "recent"];

    // One pattern per family of date forms, each behind a cheap look for the characters it needs:
    // a single alternation of all of them was the costliest step of extraction.
    private static readonly (Func<string, bool> MayMatch, Regex Pattern)[] s_expressions =
    [
        (s => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0, NumericDates()),
        (s => s_monthStems.Any(m => s.Contains(m, StringComparison.OrdinalIgnoreCase)), MonthNames()),
        (s => s.Contains("day", StringComparison.OrdinalIgnoreCase), Weekdays()),
        (s => s.Contains(" ago", StringComparison.OrdinalIgnoreCase), DaysAgo()),
        (s => s_relativeStems.Any(r => s.Contains(r, StringComparison.OrdinalIgnoreCase)), RelativeWords()),
    ];


    /// <summary>
    /// The date of the incident a trigger reports: the date nearest the trigger, passing over a
    /// dateline ("DUSHANBE, March 14 —") and the day something was said ("officials said on Tuesday")
    /// unless nothing else is given. Dates after publication are never chosen.
    /// </summary>
    public static DateMention? Choose(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published) =>
        Choose(dates, sentence, triggerStart, published, ReportedOn());

    /// <summary>The rule above with a language's words for "said on" (<paramref name="reportedOn"/> matches the text just before a date).</summary>
    internal static DateMention? Choose(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published, Regex reportedOn) =>
        dates
            .Where(d => d.Date <= published && !IsDateline(sentence, d))
            .Select(d => d with { Said = reportedOn.IsMatch(sentence.AsSpan(Math.Max(0, d.Start - 30), Math.Min(30, d.Start))) })
            .OrderBy(d => d.Said)
            .ThenBy(d => !d.Explicit && dates.Any(e => e.Explicit && e.Date <= published))
            .ThenBy(d => Math.Min(Math.Abs(d.Start - triggerStart), Math.Abs(d.End - triggerStart)))
            .FirstOrDefault();

    // "DUSHANBE, April 11, 2011, Asia-Plus --", "KABUL, March 14 (Xinhua) —", "Душанбе, 9 января, tajikistantimes.tj —",
    // "date 2025-12-02 …": the day the report was filed, in any sentence. "Ранее, 7 мая, боевики …" is not one.
    internal static bool IsDateline(string sentence, DateMention date)
    {
        // "Reviewed by <blogger> on March 31, 2020", "Posted on …", "Last updated: …": page furniture anywhere.
        if (BylineBefore().IsMatch(sentence.AsSpan(Math.Max(0, date.Start - 60), Math.Min(60, date.Start)))) return true;
        if (date.Start >= 40) return false;
        var before = sentence[..date.Start];
        if (PageDatePrefix().IsMatch(before)) return true;
        var after = sentence[date.End..Math.Min(sentence.Length, date.End + 40)];
        return CapitalsBefore().IsMatch(before) && CapitalsAfter().IsMatch(after)
            || CityBefore().IsMatch(before) && CityAfter().IsMatch(after);
    }

    [GeneratedRegex(@"^\W*(date|дата|published|updated|опубликовано)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageDatePrefix();

    [GeneratedRegex(@"\b(reviewed|posted|published|last updated|updated)( by [^.,;]{1,40})?( on|:)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineBefore();

    [GeneratedRegex(@"^\W*\p{Lu}[\p{Lu}\-'’. ]{1,30},\s*$")]
    private static partial Regex CapitalsBefore();

    [GeneratedRegex(@"^\s*(,[^.]{0,30}?)?\s*(\(|—|–|--?\s|/|:|$)")]
    private static partial Regex CapitalsAfter();

    [GeneratedRegex(@"^\W*\p{Lu}[\p{L}\-'’. ]{1,30},\s*$")]
    private static partial Regex CityBefore();

    [GeneratedRegex(@"^\s*(,\s*[^\s,]{2,30}(\s[^\s,]{2,20})?)?\s*(—|–|--|/|\()")]
    private static partial Regex CityAfter();

    [GeneratedRegex(@"\b(said|says|announced|reported|told [\w /.-]{1,30}|stated|confirmed|statement|quoted)\s+(late\s+|early\s+)?(on\s+)?(\w+day\s*\(\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedOn();

    private static (DateOnly Date, TimePrecision Precision, bool Explicit)? Resolve(Match m, DateOnly published)
    {
        var g = m.Groups;
        if (g["iso"].Success)
            return Day(Int(g["iy"]), Int(g["im"]), Int(g["id"]), true);
        if (g["dotted"].Success)
            return Day(Int(g["dy"]), Int(g["dm"]), Int(g["dd"]), true);
        if (g["dmy"].Success || g["mdy"].Success)
        {
            var month = MonthOf(g["dmy"].Success ? g["m1"].Value : g["m2"].Value);
            var day = Int(g["dmy"].Success ? g["d1"] : g["d2"]);
            var yearGroup = g["dmy"].Success ? g["y1"] : g["y2"];
            if (yearGroup.Success) return Day(Int(yearGroup), month, day, true);
            return Latest(published, y => Day(y, month, day, true));
        }
        if (g["inmonth"].Success)
        {
            var month = MonthOf(g["m3"].Value);
            if (g["y3"].Success) return Day(Int(g["y3"]), month, 1, true) is { } d ? (d.Date, TimePrecision.Month, true) : null;
            return Latest(published, y => Day(y, month, 1, true)) is { } l ? (l.Date, TimePrecision.Month, true) : null;
        }
        if (g["weekday"].Success)
        {
            var weekday = Enum.Parse<DayOfWeek>(g["wd"].Value, ignoreCase: true);
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            // "last Friday" said on a Friday means a week ago; "on Friday" means today.
            if (back == 0 && g["wlast"].Success) back = 7;
            return (published.AddDays(-back), TimePrecision.Day, false);
        }
        var word = m.Value.ToLowerInvariant();
        if (g["ago"].Success)
        {
            var n = Numbers.Parse(g["n"].Value) ?? 1;
            return g["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                ? (WeekStart(published.AddDays(-7 * n)), TimePrecision.Week, false)
                : (published.AddDays(-n), TimePrecision.Day, false);
        }
        if (word.Contains("day before yesterday")) return (published.AddDays(-2), TimePrecision.Day, false);
        if (word.Contains("yesterday") || word.Contains("overnight") || word.Contains("last night")) return (published.AddDays(-1), TimePrecision.Day, false);
        if (word.Contains("today") || word.Contains("this morning") || word.Contains("tonight") || word.Contains("this evening")) return (published, TimePrecision.Day, false);
        if (word.Contains("last week")) return (WeekStart(published.AddDays(-7)), TimePrecision.Week, false);
        if (word.Contains("this week") || word.Contains("recent days")) return (WeekStart(published), TimePrecision.Week, false);
        if (word.Contains("last month")) return (new DateOnly(published.Year, published.Month, 1).AddMonths(-1), TimePrecision.Month, false);
        if (word.Contains("this month")) return (new DateOnly(published.Year, published.Month, 1), TimePrecision.Month, false);
        return null;
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static (DateOnly Date, TimePrecision Precision, bool Explicit)? Day(int year, int month, int day, bool isExplicit) =>
        month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (new DateOnly(year, month, day), TimePrecision.Day, isExplicit)
            : null;

    // A date without a year is the latest such date on or before publication ("December 30" in January is last year's).
    private static (DateOnly Date, TimePrecision Precision, bool Explicit)? Latest(DateOnly published, Func<int, (DateOnly Date, TimePrecision Precision, bool Explicit)?> of) =>
        of(published.Year) is { } d && d.Date <= published ? d : of(published.Year - 1);

    private static int MonthOf(string name) => Array.IndexOf(s_months, name[..3].ToLowerInvariant()) + 1;

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"(?<iso>\b(?<iy>(?:19|20)\d\d)-(?<im>\d\d)-(?<id>\d\d)\b)" +
        @"|(?<dotted>\b(?<dd>\d{1,2})\.(?<dm>\d{1,2})\.(?<dy>(?:19|20)\d\d)\b)" +
        @"|(?<dmy>\b(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>" + Month + @")(?:,?\s+(?<y1>(?:19|20)\d\d))?\b)", Options)]
    private static partial Regex NumericDates();

    [GeneratedRegex(
        @"(?<mdy>\b(?<m2>" + Month + @")\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|kg|people|soldiers|militants))(?:,?\s+(?<y2>(?:19|20)\d\d))?)" +
        @"|(?<inmonth>\b(?:in|during|since|early|mid-|late|of)\s+(?:early\s+|mid-|late\s+)?(?<m3>" + Month + @")(?!\s+\d{1,2}\b)(?:\s+(?<y3>(?:19|20)\d\d))?\b)", Options)]
    private static partial Regex MonthNames();

    [GeneratedRegex(@"(?<weekday>\b(?<wlast>last\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", Options)]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"(?<ago>\b(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?<unit>days?|weeks?)\s+ago\b)", Options)]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"\b(?:the\s+day\s+before\s+yesterday|yesterday|overnight|last\s+night|earlier\s+today|today|this\s+morning|tonight|this\s+evening|last\s+week|(?:earlier\s+)?this\s+week|in\s+recent\s+days|last\s+month|(?:earlier\s+)?this\s+month)\b", Options)]
    private static partial Regex RelativeWords();
}
