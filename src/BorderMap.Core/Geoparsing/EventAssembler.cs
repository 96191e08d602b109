using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>An event: the mentions of one happening across an article's sentences, in text order.</summary>
public sealed class AssembledEvent(EventMention first)
{
    private readonly List<EventMention> _mentions = [first];

    public IReadOnlyList<EventMention> Mentions => _mentions;

    // Deciding, place and date are asked for again and again while an article is assembled: each is worked out once per mention added.
    private EventMention? _deciding;
    private ResolvedPlace? _place;
    private DateMention? _date;
    private bool _known;

    /// <summary>The mention whose trigger decides the type: the highest in lexicon order, the earliest among equals.</summary>
    public EventMention Deciding => Known()._deciding ?? throw new InvalidOperationException("No mention of the event has a trigger.");

    public EventFamily Family => Deciding.Deciding!.Trigger.Family;

    /// <summary>The most specific place any mention gives (a village over a district over a province); the earliest among equals.</summary>
    public ResolvedPlace? Place => Known()._place ?? PlaceFromArticle;

    /// <summary>Where the article is about, for an event whose own sentences name no place.</summary>
    public ResolvedPlace? PlaceFromArticle { get; internal set; }

    /// <summary>The most exact date any mention states: a stated day over a relative one over a week or month.</summary>
    public DateMention? Date => Known()._date;

    public bool CrossBorder => _mentions.Any(m => m.CrossBorder);

    internal void Add(EventMention mention)
    {
        _mentions.Add(mention);
        _known = false;
    }

    // The first best of each kind, in the order the mentions came (as a stable sort would give it).
    private AssembledEvent Known()
    {
        if (_known) return this;
        (_deciding, _place, _date) = (null, null, null);
        foreach (var m in _mentions)
        {
            if (m.Deciding is not null && (_deciding is null || DecidesBefore(m, _deciding))) _deciding = m;
            if (m.Place is { } place && (_place is null || PlaceRank(place).CompareTo(PlaceRank(_place)) < 0)) _place = place;
            if (m.Date is { } date && (_date is null || DateRank(date) < DateRank(_date))) _date = date;
        }
        _known = true;
        return this;
    }

    private static bool DecidesBefore(EventMention a, EventMention b) =>
        (TriggerRank(a.Deciding!.Trigger), a.Index).CompareTo((TriggerRank(b.Deciding!.Trigger), b.Index)) < 0;

    private static (bool, int, bool) PlaceRank(ResolvedPlace p) => (p.IsFar, p.Specificity, p.IsBareBorder);

    // Every lexicon lists its triggers under the same names in the same order: the English order ranks them all.
    private static readonly Dictionary<string, int> s_rank = EventLexicon.Triggers.Select((t, i) => (t.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);

    private static int TriggerRank(EventTrigger trigger) => s_rank.GetValueOrDefault(trigger.Name, int.MaxValue);

    // The day something was said ranks below any day the incident is given, but above a week or month.
    private static int DateRank(DateMention date) => (date.Precision, date.Explicit, date.Said) switch
    {
        (TimePrecision.Day, true, false) => 0,
        (TimePrecision.Day, false, false) => 1,
        (TimePrecision.Day, _, true) => 2,
        (TimePrecision.Week, _, _) => 3,
        _ => 4,
    };
}

/// <summary>
/// Merges the mentions of an article into events. A mention joins the latest event it is
/// compatible with: a kind that can be the same happening, dates that can be the same day, places
/// that can be the same spot (one inside the other, or close); a sentence that only refers back
/// ("the incident took place in …") joins the latest event. Anything else starts an event.
/// </summary>
public static class EventAssembler
{
    /// <summary>Two district-level places further apart than this are two incidents.</summary>
    public const double SamePlaceM = 35_000;

    /// <summary>What officials said on a day can have happened this many days before it.</summary>
    private const int SaidWithinDays = 3;

    /// <summary>A date this many days before publication is not the date of an event the article tells undated.</summary>
    private const int OldDays = 45;

    public static List<AssembledEvent> Assemble(IEnumerable<EventMention> mentions) => Assemble(mentions, out _);

    /// <param name="unjoined">Recaps that told of no event the article reports: background, to be reported as skipped.</param>
    /// <param name="published">The article's day: a mention dated long before it does not join an event the article leaves undated.</param>
    public static List<AssembledEvent> Assemble(IEnumerable<EventMention> mentions, out List<EventMention> unjoined, DateOnly? published = null)
    {
        var events = new List<AssembledEvent>();
        var waiting = new List<EventMention>();
        unjoined = [];
        foreach (var mention in mentions)
        {
            // "The incident took place on 1 December in …" before the sentence that says what happened: it waits for that event.
            if (mention.RefersBack && events.Count == 0)
            {
                waiting.Add(mention);
                continue;
            }
            var target = mention.RefersBack ? events.LastOrDefault()
                // "Meanwhile, the district governor confirmed …" of the same place on the same day is more of the same story.
                : StartsAnotherStory(mention.Sentence.Text) ? events.LastOrDefault(e => SameDayAndPlace(e, mention))
                : events.LastOrDefault(e => Compatible(e, mention) && (!mention.IsRecap || Recalls(e, mention)) && !OlderThanUndated(e, mention, published));
            if (target is not null) target.Add(mention);
            else if (mention.IsRecap) unjoined.Add(mention);
            else if (!mention.RefersBack)
            {
                var created = new AssembledEvent(mention);
                foreach (var w in waiting) created.Add(w);
                waiting.Clear();
                events.Add(created);
            }
        }
        return events;
    }

    // "In May, forces retook Yumgan" in a November report of Yumgan's fall: the old date is background, not the date of the
    // undated event already placed (a bare headline, with nothing of its own yet, may still be about the old event).
    private static bool OlderThanUndated(AssembledEvent e, EventMention m, DateOnly? published) =>
        published is { } day && e.Date is null && e.Place is not null && m.Date is { } md && Range(md).To < day.AddDays(-OldDays);

    private static bool SameDayAndPlace(AssembledEvent e, EventMention m) =>
        e.Date is { Precision: TimePrecision.Day } d && m.Date is { Precision: TimePrecision.Day } md && d.Date == md.Date
        && e.Place is { IsBareBorder: false } p && m.Place is { IsBareBorder: false } mp && p.PlaceName == mp.PlaceName
        && m.Deciding!.Trigger.Family == e.Family;

    // A recap joins an event only on positive evidence: the same day, or a place of the event's.
    private static bool Recalls(AssembledEvent e, EventMention recap) =>
        e.Date is { } d && recap.Date is { } r && d.Precision == TimePrecision.Day && r.Precision == TimePrecision.Day && d.Date == r.Date
        || e.Place is { } p && recap.Place is { } q && !p.IsBareBorder && !q.IsBareBorder && Geodesic.DistanceM(p.Location, q.Location) <= SamePlaceM;

    private static bool Compatible(AssembledEvent e, EventMention m)
    {
        // Places listed in one sentence ("captured Khwahan, Shekay and Nusay") are one event each.
        if (m.Place is not null && e.Mentions.Any(x => x.Index == m.Index && x.Place is not null)) return false;
        var family = m.Deciding!.Trigger.Family;
        if ((family == EventFamily.Unrest) != (e.Family == EventFamily.Unrest)) return false;
        // A night ("the night of 10–11 April") is told by either of its days; two kinds of event on two days are two events.
        // A district taken the day after the fighting for it is a second event (ACLED codes each day's),
        // unless the sentence begins by pointing back at it ("The attack began on Sunday night").
        var tolerance = family != e.Family || TakesTerritory(m) != TakesTerritory(e.Deciding) && !s_pointsBack.IsMatch(m.Sentence.Text) ? 0 : 1;
        if (e.Date is { } d && m.Date is { } md && !SameTime(d, md, tolerance)) return false;
        if (e.Place is { } p && m.Place is { } mp && !SamePlace(p, mp)) return false;
        return true;
    }

    private static bool TakesTerritory(EventMention m) => m.Deciding!.Trigger.SubEventType.Code.EndsWith("territory", StringComparison.Ordinal);

    private static bool SameTime(DateMention a, DateMention b, int toleranceDays)
    {
        // "Officials said Monday" dates the telling: whatever it tells happened that day or in the days before.
        if (a.Said != b.Said && a.Precision == TimePrecision.Day && b.Precision == TimePrecision.Day)
        {
            var (said, other) = a.Said ? (a, b) : (b, a);
            return other.Date <= said.Date.AddDays(toleranceDays) && other.Date >= said.Date.AddDays(-SaidWithinDays);
        }
        if (a.Precision == TimePrecision.Day && b.Precision == TimePrecision.Day) return Math.Abs(a.Date.DayNumber - b.Date.DayNumber) <= toleranceDays;
        var (aFrom, aTo) = Range(a);
        var (bFrom, bTo) = Range(b);
        return aFrom <= bTo && bFrom <= aTo;
    }

    /// <summary>"Separately, …", "In another incident, …", "Кроме того, …": the writer says a new event begins.</summary>
    private static bool StartsAnotherStory(string sentence) => s_anotherStory.IsMatch(sentence);

    private static readonly System.Text.RegularExpressions.Regex s_anotherStory = new(
        @"\b(in another (operation|raid|incident)|в ходе другой (операции|спецоперации)|в другом (случае|инциденте|районе))\b|^\W*(Separately|Meanwhile|In a separate (incident|development|attack)|In another (incident|attack|development)|Elsewhere|Между тем|Отдельно|В другом (случае|инциденте)|Кроме того|Также)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>"In another operation, …", "В ходе другой операции …": the writer names a second incident, not only a turn of the story.</summary>
    internal static bool NamesAnotherIncident(string sentence) => s_anotherIncident.IsMatch(sentence);

    private static readonly System.Text.RegularExpressions.Regex s_anotherIncident = new(
        @"\b(in (another|a separate) (operation|raid|incident|attack)|в ходе другой (операции|спецоперации)|в другом (случае|инциденте))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex s_pointsBack = new(
        @"^\W*(The|This|That|Это|Эт[оа]т?)\s+(attack|assault|offensive|fighting|clash(es)?|battle|gunbattle|gunfight|shootout|нападение|атака|бой|столкновение|перестрелка)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static (DateOnly From, DateOnly To) Range(DateMention d) => d.Precision switch
    {
        TimePrecision.Week => (d.Date, d.Date.AddDays(6)),
        TimePrecision.Month => (d.Date, d.Date.AddMonths(1).AddDays(-1)),
        _ => (d.Date, d.Date),
    };

    // A province or "the border" holds any place on its side; two specific places must be near each other.
    private static bool SamePlace(ResolvedPlace a, ResolvedPlace b)
    {
        // "The border" alone is where any incident of the article could be, whichever bank the sentence stands on.
        if (a.IsBareBorder || b.IsBareBorder) return true;
        if (a.Specificity == (int)GeoPrecision.ProvinceOrBorder || b.Specificity == (int)GeoPrecision.ProvinceOrBorder) return a.Country == b.Country;
        // Districts of two provinces are two places, however near: Khwaja Ghar (Takhar) and Dashti Archi (Kunduz).
        if (a.Admin1 is { } p && b.Admin1 is { } q && p != q) return false;
        return Geodesic.DistanceM(a.Location, b.Location) <= SamePlaceM;
    }
}
