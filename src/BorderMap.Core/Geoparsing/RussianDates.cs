using System.Globalization;
using System.Text.RegularExpressions;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Dates as Russian reports write them, resolved against publication: "21 июня", "3 января 2019
/// года", "в ночь на 15 мая" (the 15th: the day the text names), "в ночь с 14 на 15 мая" (the
/// 14th: the night's first day), "в субботу вечером", "в ночь на субботу" (Saturday), "минувшей
/// ночью" (the night that ended on the day of publication), "вчера", "накануне", "на прошлой неделе", "в мае". Numeric forms
/// ("03.01.2019", "2019-01-03") are read by <see cref="IncidentDates"/>.
/// </summary>
public static partial class RussianDates
{
    private static readonly string[] s_monthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
    private static readonly string[] s_weekdays = ["воскресень", "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот"];

    public static List<DateMention> Find(string sentence, DateOnly published)
    {
        var found = IncidentDates.Find(sentence, published).Where(d => d.Text.Any(char.IsDigit) && !d.Text.Any(char.IsLetter)).ToList();
        foreach (var pattern in new[] { Night(), DayMonth(), WeekdayNight(), Weekday(), Relative(), DaysAgo(), InMonth() })
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) continue;
                if (Resolve(m, published) is { } r) found.Add(new DateMention(r.Date, r.Precision, m.Index, m.Index + m.Length, m.Value, r.Explicit));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The incident's date: as <see cref="IncidentDates.Choose"/>, passing over the day something was said ("сообщили 5 января").</summary>
    public static DateMention? Choose(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published) =>
        IncidentDates.Choose(dates, sentence, triggerStart, published, ReportedOn());

    private static (DateOnly Date, TimePrecision Precision, bool Explicit)? Resolve(Match m, DateOnly published)
    {
        var g = m.Groups;
        if (g["night"].Success)
        {
            // "в ночь на 15 мая" is dated by the day it names, as Russian reports (and our annotators)
            // read it; "в ночь с 14 на 15 мая" names both days, and ACLED dates it by the first.
            var month = MonthOf(g["nm"].Value);
            var day = Int(g["nd"]);
            var year = g["ny"].Success ? Int(g["ny"]) : (int?)null;
            var to = year is { } y ? Day(y, month, day) : Latest(published, yy => Day(yy, month, day));
            return to is { } t ? (g["from"].Success ? t.AddDays(-1) : t, TimePrecision.Day, true) : null;
        }
        if (g["dm"].Success)
        {
            var month = MonthOf(g["m"].Value);
            var day = Int(g["d"]);
            var date = g["y"].Success ? Day(Int(g["y"]), month, day) : Latest(published, yy => Day(yy, month, day));
            return date is { } d ? (d, TimePrecision.Day, true) : null;
        }
        if (g["wn"].Success)
        {
            // "в ночь на субботу" is Saturday; "в ночь с пятницы на субботу", Friday.
            var back = Back(published, WeekdayOf(g["wnd"].Value), g["wnlast"].Success);
            return (published.AddDays(-back - (g["wfrom"].Success ? 1 : 0)), TimePrecision.Day, false);
        }
        if (g["wd"].Success)
            return (published.AddDays(-Back(published, WeekdayOf(g["wdd"].Value), g["wdlast"].Success)), TimePrecision.Day, false);
        if (g["ago"].Success)
        {
            var n = RussianNumbers.Parse(g["n"].Value) ?? 1;
            return g["unit"].Value.StartsWith("недел", StringComparison.OrdinalIgnoreCase)
                ? (WeekStart(published.AddDays(-7 * n)), TimePrecision.Week, false)
                : (published.AddDays(-n), TimePrecision.Day, false);
        }
        if (g["im"].Success)
        {
            var month = MonthOf(g["imm"].Value);
            var first = g["imy"].Success ? Day(Int(g["imy"]), month, 1) : Latest(published, yy => Day(yy, month, 1));
            return first is { } f ? (f, TimePrecision.Month, true) : null;
        }
        var word = m.Value.ToLowerInvariant();
        if (word.Contains("позавчера")) return (published.AddDays(-2), TimePrecision.Day, false);
        if (word.Contains("вчера") || word.Contains("накануне")) return (published.AddDays(-1), TimePrecision.Day, false);
        if (word.Contains("сегодня") || word.Contains("ночью") || word.Contains("утром")) return (published, TimePrecision.Day, false);
        if (word.Contains("прошлой недел") || word.Contains("минувшей недел") || word.Contains("выходны")) return (WeekStart(published.AddDays(-7)), TimePrecision.Week, false);
        if (word.Contains("этой недел") || word.Contains("на днях")) return (WeekStart(published), TimePrecision.Week, false);
        if (word.Contains("прошлом месяце")) return (new DateOnly(published.Year, published.Month, 1).AddMonths(-1), TimePrecision.Month, false);
        if (word.Contains("этом месяце") || word.Contains("начале месяца")) return (new DateOnly(published.Year, published.Month, 1), TimePrecision.Month, false);
        return null;
    }

    private static int Back(DateOnly published, DayOfWeek weekday, bool last)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return back == 0 && last ? 7 : back;
    }

    private static DayOfWeek WeekdayOf(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < s_weekdays.Length; i++)
        {
            if (lower.StartsWith(s_weekdays[i], StringComparison.Ordinal)) return (DayOfWeek)i;
        }
        throw new ArgumentException($"not a weekday: {word}", nameof(word));
    }

    private static int MonthOf(string word)
    {
        var lower = word.ToLowerInvariant();
        // "ма" (мая, мае) is checked last: "март" starts with it too.
        for (var i = 0; i < s_monthStems.Length; i++)
        {
            if (i != 4 && lower.StartsWith(s_monthStems[i], StringComparison.Ordinal)) return i + 1;
        }
        return 5;
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly? Latest(DateOnly published, Func<int, DateOnly?> of) =>
        of(published.Year) is { } d && d <= published ? d : of(published.Year - 1);

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string MonthGenitive = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private const string MonthPrepositional = "(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";
    private const string WeekdayAccusative = "(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)";

    [GeneratedRegex(@"(?<night>\bв\s+ночь\s+(?:(?<from>с)\s+\d{1,2}(?:\s+" + MonthGenitive + @")?\s+)?на\s+(?<nd>\d{1,2})\s+(?<nm>" + MonthGenitive + @")(?:\s+(?<ny>(?:19|20)\d\d))?)", Options)]
    private static partial Regex Night();

    // "14–15 мая" is dated by its first day, as a night is.
    [GeneratedRegex(@"(?<dm>\b(?<d>\d{1,2})(?:-?го)?(?:\s*[-–—]\s*\d{1,2}(?:-?го)?)?\s+(?<m>" + MonthGenitive + @")(?:\s+(?<y>(?:19|20)\d\d))?)", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<wn>\bв\s+ночь\s+(?:(?<wfrom>с)\s+\w+\s+)?на\s+(?<wnlast>прошл\w+\s+)?(?<wnd>" + WeekdayAccusative + @"))", Options)]
    private static partial Regex WeekdayNight();

    [GeneratedRegex(@"(?<wd>\bв(?:о)?\s+(?<wdlast>прошл\w+\s+|минувш\w+\s+)?(?<wdd>" + WeekdayAccusative + @")\b)", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:позавчера|вчера|накануне|сегодня|минувшей\s+ночью|прошлой\s+ночью|этой\s+ночью|(?:на|в\s+конце)\s+(?:прошлой|минувшей|этой)\s+недел[еи]|в\s+(?:минувшие|прошлые)\s+выходные|на\s+днях|в\s+(?:прошлом|этом)\s+месяце|в\s+начале\s+месяца)\b", Options)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<ago>\b(?<n>\d{1,2}|один|одну|два|две|три|четыре|пять|шесть|семь|нескольк\w+)\s+(?<unit>дн\w+|день|недел\w+)\s+назад\b)", Options)]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"(?<im>\bв\s+(?:начале\s+|середине\s+|конце\s+)?(?<imm>" + MonthPrepositional + "|" + MonthGenitive + @")(?:\s+(?<imy>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?)", Options)]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\b(сообщил\w*|заявил\w*|сообщает\w*|сообщени\w*|сообщается|передает|пишет|информирует)\s+(\w+\s+){0,3}$", Options)]
    private static partial Regex ReportedOn();
}
