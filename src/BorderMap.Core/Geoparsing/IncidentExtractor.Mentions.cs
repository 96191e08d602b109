using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>Stage 2 of <see cref="IncidentExtractor"/>: a sentence as mentions of events.</summary>
public sealed partial class IncidentExtractor
{
    /// <summary>Stage 2: one sentence as a mention of an event, or null (with the reason in <paramref name="skipped"/> when it looked like one).</summary>
    private EventMention? ReadMention(Lexicon lexicon, Article article, int index, Sentence sentence, List<ToponymMention> toponyms,
        List<GeoPoint> articlePoints, Dictionary<string, int> votes, List<SkippedMention> skipped)
    {
        var text = sentence.Text;
        var triggers = CrossingAmidFighting(lexicon.Triggers(text), text);
        if (triggers.Count == 0 && !lexicon.RefersBack(text)) return null;

        // A dateline's day is when the report was filed: it neither dates the incident nor makes it recent.
        var dates = lexicon.Dates(text, article.Published).Where(d => !IncidentDates.IsDateline(text, d)).ToList();
        var triggerStart = triggers.Count > 0 ? triggers[0].Start : 0;
        var background = lexicon.Background(text);
        if (triggers.Count > 0)
        {
            var recent = dates.Any(d => d.Date <= article.Published && d.Date >= article.Published.AddDays(-365));
            var reason = background is NonIncidentCues.Recap ? null
                : background ?? lexicon.ReasonToSkip(text, triggerStart, triggers[0].Trigger.Family, dates.Count > 0, recent);
            if (reason is null && dates.Count > 0 && dates.All(d => d.Date > article.Published)) reason = NonIncidentCues.Future;
            if (reason is null && (dates.Count > 0 && dates.All(d => d.Date < article.Published.AddDays(-365))
                || dates.Count == 0 && lexicon.NamesEarlierYear(text, article.Published))) reason = NonIncidentCues.History;
            if (reason is not null)
            {
                skipped.Add(new SkippedMention(reason, sentence.ToEvidence()));
                return null;
            }
        }
        else if (background is not null) return null;

        var countries = lexicon.Countries(text);
        var crossBorder = lexicon.IsCrossBorder(text) && (triggers.Count == 0 || triggers[0].Trigger.Family == EventFamily.Violence);
        var place = _places.Resolve(new PlaceQuestion(text, toponyms, countries, crossBorder, articlePoints, votes, lexicon));
        if (place is not null && IsFar(place.Location)) place = place with { IsFar = true };
        var date = lexicon.ChooseDate(dates, text, triggerStart, article.Published);
        return new EventMention(index, sentence, triggers, date, place, crossBorder, lexicon.Casualties(text), lexicon.Actors(text))
        {
            IsRecap = triggers.Count > 0 && background == NonIncidentCues.Recap,
            Toponyms = toponyms,
            NamesFarPlace = toponyms.Any(t => t.Options.Count > 0 && t.Options.All(o => o.IsCapital || (o.BorderDistanceM ?? 0) > _options.AreaOfInterestM)
                && lexicon.RoleOf(text, t) is MentionRole.Location or MentionRole.Near),
        };
    }


    /// <summary>
    /// "The Taliban captured Khwahan, Shekay, Nusay and Maimay districts": one event a place, as ACLED
    /// codes it. A sentence whose places form such a list yields one mention for each; the toll stays
    /// with the first, so nobody is counted twice.
    /// </summary>
    private IEnumerable<EventMention> EachListedPlace(Lexicon lexicon, EventMention mention, List<ToponymMention> toponyms, Dictionary<string, int> votes)
    {
        var text = mention.Sentence.Text;
        var list = ListedToponyms(lexicon, text, toponyms);
        if (mention.RefersBack || list.Count < 2)
        {
            yield return mention;
            yield break;
        }
        var countries = lexicon.Countries(text);
        var places = list.Select(t => _places.Resolve(new PlaceQuestion(text, [t], countries, false, [], votes, lexicon)))
            .Where(p => p is not null && !IsFar(p.Location)).Select(p => p!)
            .DistinctBy(p => p.PlaceName).ToList();
        if (places.Count < 2)
        {
            yield return mention;
            yield break;
        }
        yield return mention with { Place = places[0] };
        foreach (var place in places.Skip(1)) yield return mention with { Place = place, Casualties = new CasualtyCount(null, null) };
    }

    /// <summary>
    /// The longest run of places where the incident is, joined by commas and "and"/"и" — with the
    /// qualifiers and unknown names lists carry between them ("Shohon, Ruzvay and Nulvand in Darvaz
    /// region, Humrogi in Vanj region").
    /// </summary>
    private static List<ToponymMention> ListedToponyms(Lexicon lexicon, string text, List<ToponymMention> toponyms)
    {
        // Most sentences hold no list at all: look for two names joined by a comma or "and" before reading any roles.
        if (toponyms.Count < 2 || !text.Contains(',') && !text.Contains(" and ") && !text.Contains(" и ")) return [];
        // A province after a place qualifies it ("Khanabad, Kunduz province"), and so does a town named like its province:
        // neither is a member of a list.
        var located = toponyms.Where(t => t.Unit != Gazetteer.AdminUnit.Province && t.Options.Count > 0 && t.Options[0].Kind != PlaceKind.Province
            && lexicon.RoleOf(text, t) is MentionRole.Location or MentionRole.Near).ToList();
        var best = new List<ToponymMention>();
        var run = new List<ToponymMention>();
        var joined = false;
        foreach (var t in located)
        {
            if (run.Count > 0)
            {
                var between = Between(text, run[^1], t);
                if (between.Length > 90 || !s_listFiller.IsMatch(between)) (run, joined) = ([], false);
                else if (s_listJoiner.IsMatch(between)) joined = true;
            }
            // "Kunduz" right after a place names its province ("Khanabad, Kunduz"); in a list of three or more it is the town.
            if (run.Count > 0 && t.Options.Any(o => o.Kind == PlaceKind.Province) && !s_pureJoiner.IsMatch(Between(text, run[^1], t))) (run, joined) = ([], false);
            run.Add(t);
            if (joined && run.Count > best.Count) best = [.. run];
        }
        if (best.Count < 3) best.RemoveAll(t => t.Options.Any(o => o.Kind == PlaceKind.Province));
        return best;
    }

    private static string Between(string text, ToponymMention a, ToponymMention b) => text[a.End..Math.Max(a.End, b.Start)];

    private static readonly System.Text.RegularExpressions.Regex s_listJoiner =
        new(@",|\b(and|и)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex s_pureJoiner =
        new(@"^(\s*,\s*(and\s+|и\s+)?|\s+(and|и)\s+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    // What a list carries between two known names: separators, "in"/"of", unit words and names the gazetteer does not know.
    private static readonly System.Text.RegularExpressions.Regex s_listFiller =
        new(@"^(\s|,|\([^()]{0,30}\)|\b(and|in|of|the|и|в|region|district|area|city|town|village|районе|района|район|уезде|уезда|город\w*|кишлак\w*|сел\w*)\b|\p{Lu}[\p{L}'’.\-]*)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// "In the course of armed clashes with the Taliban, 1,037 servicemen retreated into Tajikistan":
    /// the fighting is the reason, the crossing is what the sentence reports, so the crossing decides.
    /// </summary>
    private static List<TriggerMatch> CrossingAmidFighting(List<TriggerMatch> triggers, string text)
    {
        var crossing = triggers.FindIndex(t => t.Trigger.Family == EventFamily.Crossing);
        if (crossing <= 0 || triggers[0].Trigger.Family != EventFamily.Violence) return triggers;
        if (!s_amid.IsMatch(text.AsSpan(Math.Max(0, triggers[0].Start - 30), Math.Min(30, triggers[0].Start)))) return triggers;
        var reordered = new List<TriggerMatch>(triggers);
        var decides = reordered[crossing];
        reordered.RemoveAt(crossing);
        reordered.Insert(0, decides);
        return reordered;
    }

    private static readonly System.Text.RegularExpressions.Regex s_amid = new(
        @"\b(in the course of|amid|amidst|following|after|fleeing|escaping|в ходе|после|на фоне|спасаясь от)\s+(heavy\s+|armed\s+|the\s+|fierce\s+|вооруженн\w+\s+|ожесточенн\w+\s+)*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);
}
