using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Turns an article into dated, typed, geocoded incidents with evidence, the way an ACLED coder
/// would: one incident per sentence that reports one, follow-up sentences folded into it, and every
/// incident-like sentence that is not reported said why. Pure: the gazetteer and the border are
/// passed in, and one instance serves any number of threads.
/// </summary>
public sealed class IncidentExtractor
{
    private readonly ToponymIndex _toponyms;
    private readonly PlaceResolver _places;
    private readonly BorderModel _border;
    private readonly BorderAnchor _anchor;
    private readonly GeoparseOptions _options;

    public IncidentExtractor(PlaceGazetteer gazetteer, BorderModel border, GeoparseOptions? options = null)
    {
        var anchor = new BorderAnchor(border);
        _toponyms = new ToponymIndex(gazetteer, anchor);
        _places = new PlaceResolver(anchor);
        _border = border;
        _anchor = anchor;
        _options = options ?? GeoparseOptions.Default;
    }

    public GeoparseResult Extract(Article article)
    {
        var sentences = SentenceSplitter.Split(article.Text);
        var read = sentences.Select(s => Read(s)).ToList();
        var articlePoints = read.SelectMany(r => r.Mentions)
            .Select(m => m.Options.FirstOrDefault(o => !o.IsCapital && o.Location is not null && o.BorderDistanceM < _options.AreaOfInterestM))
            .Where(o => o is not null).Select(o => o!.Location!.Value).Distinct().ToList();
        var votes = CountryVotes(read);

        var incidents = new List<(ExtractedIncident Incident, int Sentence)>();
        var skipped = new List<SkippedMention>();
        for (var i = 0; i < read.Count; i++)
        {
            var (sentence, tokens, mentions) = read[i];
            var triggers = EventLexicon.Find(sentence.Text);
            if (triggers.Count == 0) continue;

            var dates = IncidentDates.Find(sentence.Text, article.Published);
            var deciding = triggers[0];
            var recent = dates.Any(d => d.Date <= article.Published && d.Date >= article.Published.AddDays(-365));
            var reason = NonIncidentCues.ReasonToSkip(sentence.Text, deciding.Start, deciding.Trigger.Family, dates.Count > 0, recent);
            if (reason is null && dates.Count > 0 && dates.All(d => d.Date > article.Published)) reason = NonIncidentCues.Future;
            if (reason is null && (dates.Count > 0 && dates.All(d => d.Date < article.Published.AddDays(-365))
                || dates.Count == 0 && NonIncidentCues.NamesEarlierYear(sentence.Text, article.Published))) reason = NonIncidentCues.History;
            if (reason is not null)
            {
                skipped.Add(new SkippedMention(reason, sentence.ToEvidence()));
                continue;
            }

            var countries = MentionRoles.Countries(sentence.Text);
            var crossBorder = EventLexicon.IsCrossBorder(sentence.Text) && deciding.Trigger.Family == EventFamily.Violence;
            if (FollowsUp(incidents, i, dates, mentions, countries, deciding.Trigger.Family) is { } previous)
            {
                incidents[previous] = (Fold(incidents[previous].Incident, sentence, triggers), incidents[previous].Sentence);
                continue;
            }

            var place = _places.Resolve(new PlaceQuestion(sentence.Text, mentions, countries, crossBorder, articlePoints, votes));
            if (place is null)
            {
                skipped.Add(new SkippedMention("no place near the border is named", sentence.ToEvidence()));
                continue;
            }
            var context = _anchor.ContextOf(place.Location);
            if (context.DistanceM > _options.AreaOfInterestM)
            {
                skipped.Add(new SkippedMention(
                    $"outside the area of interest: {place.PlaceName} is {context.DistanceM / 1000:0} km from the border", sentence.ToEvidence()));
                continue;
            }

            var date = IncidentDates.Choose(dates, sentence.Text, deciding.Start, sentence.Start == 0, article.Published);
            var incident = Build(sentence, triggers, date, article.Published, place, context, crossBorder);
            var duplicate = incidents.FindIndex(x => SameIncident(x.Incident, incident));
            if (duplicate >= 0) incidents[duplicate] = (Fold(incidents[duplicate].Incident, sentence, triggers), incidents[duplicate].Sentence);
            else incidents.Add((incident, i));
        }
        return new GeoparseResult(incidents.Select(x => x.Incident).ToList(), skipped);
    }

    /// <summary>
    /// Where a place name alone puts an incident, as if the text said "in X": a place, a district's
    /// seat, or the border facing a province; null when the gazetteer does not know the name.
    /// </summary>
    public ResolvedPlace? Geocode(string placeName, string? country)
    {
        var options = _toponyms.Lookup(placeName).Where(o => country is null || o.Country == country).ToList();
        if (options.Count == 0) return null;
        var mention = new ToponymMention(0, placeName.Length, placeName, Gazetteer.AdminUnitWords.Strip(placeName).Unit, options, 0, 0);
        var cues = country is null ? [] : new List<CountryCue> { new(country, CountryCueKind.Target, 0, 0) };
        return _places.Resolve(new PlaceQuestion(placeName, [mention], cues, false, [], new Dictionary<string, int>()));
    }

    private (Sentence Sentence, Token[] Tokens, List<ToponymMention> Mentions) Read(Sentence sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text);
        return (sentence, tokens, _toponyms.Find(sentence.Text, tokens));
    }

    private ExtractedIncident Build(Sentence sentence, List<TriggerMatch> triggers, DateMention? date, DateOnly published,
        ResolvedPlace place, BorderContext border, bool crossBorder)
    {
        var text = sentence.Text;
        var deciding = triggers[0].Trigger;
        var (type, subType) = (deciding.Type, deciding.SubEventType);
        if (deciding.Name == "killing" && EventLexicon.NamesCivilianVictims(text) && !EventLexicon.NamesArmedOpponent(text))
            (type, subType) = (EventType.ViolenceAgainstCivilians, EventType.ViolenceAgainstCivilians.FindSubType("attack")!);

        var tags = triggers.SelectMany(t => t.Trigger.Tags).ToList();
        if (crossBorder) tags.Add(BorderTag.CrossBorderFire);
        if (triggers.Any(t => t.Trigger.Family == EventFamily.Detention) && triggers.Any(t => t.Trigger.Family == EventFamily.Crossing))
            tags.Add(BorderTag.Crossing);

        var casualties = Casualties.Count(text);
        var actors = Actors.Find(text);

        var confidence = 0.45
            + (date is null ? -0.1 : date.Precision == TimePrecision.Day ? 0.15 : 0.05)
            + place.Precision switch { GeoPrecision.Place => 0.2, GeoPrecision.District => 0.12, _ => 0.03 }
            + (actors.Count > 0 ? 0.08 : 0)
            - (place.Alternatives.Count > 0 ? 0.08 : 0)
            - (text.Contains("claim", StringComparison.OrdinalIgnoreCase) ? 0.1 : 0);

        var notes = new List<string>();
        if (text.Contains("claim", StringComparison.OrdinalIgnoreCase))
            notes.Add($"Claimed{(actors.Count > 0 ? " by " + actors[0] : "")}: \"{text}\"");
        if (place.Context.Count > 0) notes.Add($"Context places: {string.Join(", ", place.Context)}.");
        if (date is null) notes.Add("No date in the text: the publication date, with week precision.");

        return new ExtractedIncident
        {
            Date = date?.Date ?? published,
            TimePrecision = date?.Precision ?? TimePrecision.Week,
            EventType = type,
            SubEventType = subType,
            Tags = tags.Distinct().ToList(),
            PlaceName = place.PlaceName,
            Location = place.Location,
            GeoPrecision = place.Precision,
            Country = place.Country,
            Admin1 = place.Admin1,
            Admin2 = place.Admin2,
            Border = border,
            NearestCrossingName = border.NearestCrossingId is { } id ? _border.Crossings.FirstOrDefault(c => c.Id == id)?.Name : null,
            Fatalities = casualties.Fatalities,
            Injured = casualties.Injured,
            Actors = actors,
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2),
            Alternatives = place.Alternatives,
            ContextPlaces = place.Context,
            Evidence = sentence.ToEvidence(),
            Notes = notes.Count > 0 ? string.Join(" ", notes) : null,
        };
    }

    /// <summary>
    /// A sentence with no date and no place of its own, right after an incident of a compatible kind,
    /// tells more about that incident ("But Tajik authorities said only bullets were fired").
    /// </summary>
    private static int? FollowsUp(List<(ExtractedIncident Incident, int Sentence)> incidents, int sentence, List<DateMention> dates,
        List<ToponymMention> mentions, List<CountryCue> countries, EventFamily family)
    {
        if (incidents.Count == 0 || dates.Count > 0 || mentions.Count > 0) return null;
        var (last, at) = incidents[^1];
        if (sentence - at > 2) return null;
        var lastFamily = EventLexicon.Triggers.First(t => t.Type == last.EventType).Family;
        return family == lastFamily || family == EventFamily.Violence || countries.Count == 0 ? incidents.Count - 1 : null;
    }

    private static bool SameIncident(ExtractedIncident a, ExtractedIncident b) =>
        a.EventType == b.EventType && a.Date == b.Date && Geodesic.DistanceM(a.Location, b.Location) <= 10_000;

    private static ExtractedIncident Fold(ExtractedIncident incident, Sentence sentence, List<TriggerMatch> triggers)
    {
        var casualties = Casualties.Count(sentence.Text);
        var otherAccount = sentence.Text.StartsWith("But", StringComparison.Ordinal) || sentence.Text.Contains("however", StringComparison.OrdinalIgnoreCase)
            || sentence.Text.Contains("denied", StringComparison.OrdinalIgnoreCase);
        var note = (otherAccount ? "Other account: \"" : "Also reported: \"") + sentence.Text + "\"";
        return incident with
        {
            Fatalities = incident.Fatalities ?? casualties.Fatalities,
            Injured = incident.Injured ?? casualties.Injured,
            Actors = incident.Actors.Concat(Actors.Find(sentence.Text)).Distinct().ToList(),
            Tags = incident.Tags.Concat(triggers.SelectMany(t => t.Trigger.Tags)).Distinct().ToList(),
            // Notes stop growing at the length an editor may write: a text repeating one sentence must not grow them without end.
            Notes = incident.Notes is null ? note
                : incident.Notes.Length + note.Length < IncidentInput.MaxNotesLength ? incident.Notes + " " + note
                : incident.Notes,
        };
    }

    /// <summary>How often the article's unambiguous toponyms lie in each country: the article's lean, for ties.</summary>
    private static Dictionary<string, int> CountryVotes(IEnumerable<(Sentence Sentence, Token[] Tokens, List<ToponymMention> Mentions)> read)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, mentions) in read)
        {
            foreach (var mention in mentions.Where(m => m.Options.Select(o => o.Country).Distinct().Count() == 1))
                votes[mention.Options[0].Country] = votes.GetValueOrDefault(mention.Options[0].Country) + 1;
        }
        return votes;
    }
}
