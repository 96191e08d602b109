using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Turns an article into dated, typed, geocoded incidents with evidence, the way an ACLED coder
/// would read the whole article: sentences → mentions (trigger, date, place, figures, actors) →
/// events (mentions of one happening merged) → placement (the most specific place, the stated day)
/// → filters (background, history, far from the border: reported as skipped with the reason).
/// English and Russian share the stages; a <see cref="Lexicon"/> brings each language's words.
/// Pure: the gazetteer and the border are passed in, and one instance serves any number of threads.
/// </summary>
public sealed partial class IncidentExtractor
{
    /// <summary>An event dated this long before another event of the article is background to it.</summary>
    private const int BackgroundDays = 45;

    /// <summary>An event dated this long before publication is history, whatever else the article says.</summary>
    private const int HistoryDays = 180;

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

    /// <summary>The lexicon the article is read with: the language it names, else the one its letters show.</summary>
    public static Lexicon LexiconOf(Article article) =>
        (article.Language is { } code ? Lexicon.For(code) : null) ?? Lexicon.Detect(article.Text);

    public GeoparseResult Extract(Article article) => Explain(article).Result;

    /// <summary>The extraction with its working: every mention read and how they were assembled into events.</summary>
    public GeoparseTrace Explain(Article article)
    {
        var lexicon = LexiconOf(article);
        var sentences = SentenceSplitter.Split(article.Text);
        var read = new List<(Sentence Sentence, List<ToponymMention> Mentions)>(sentences.Count);
        var tokens = new List<Token>();
        foreach (var sentence in sentences)
        {
            Tokenizer.Tokenize(sentence.Text, tokens);
            read.Add((sentence, _toponyms.Find(sentence.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))));
        }
        var articlePoints = ArticlePoints(read);
        var votes = CountryVotes(read.Select(r => r.Mentions));

        var skipped = new List<SkippedMention>();
        var mentions = new List<EventMention>();
        for (var i = 0; i < read.Count; i++)
        {
            var (sentence, toponyms) = read[i];
            if (ReadMention(lexicon, article, i, sentence, toponyms, articlePoints, votes, skipped) is { } mention)
                mentions.AddRange(EachListedPlace(lexicon, mention, toponyms, votes));
        }

        var events = EventAssembler.Assemble(mentions, out var recaps, article.Published);
        skipped.AddRange(recaps.Select(r => new SkippedMention(NonIncidentCues.Recap, r.Sentence.ToEvidence())));
        // An event told without a place of its own ("the militants attacked the city") happened where the article is about.
        var articlePlace = events.Any(e => e.Place is null)
            ? mentions.Select(m => m.Place).FirstOrDefault(p => p is not null && !p.IsFar && !p.IsBareBorder) ?? FirstPlace(lexicon, read, votes)
            : null;
        if (articlePlace is not null)
        {
            foreach (var e in events.Where(e => e.Place is null && !e.Mentions.Any(m => m.NamesFarPlace))) e.PlaceFromArticle = articlePlace;
        }
        var cues = new ArticleCues(lexicon, article.Text);
        var incidents = new List<ExtractedIncident>();
        foreach (var e in events)
        {
            if (Filter(e, events, article.Published, cues) is { } reason)
            {
                skipped.Add(new SkippedMention(reason, e.Deciding.Sentence.ToEvidence()));
                continue;
            }
            incidents.Add(Build(lexicon, e, article.Published));
        }
        return new GeoparseTrace(mentions, events, new GeoparseResult(incidents, skipped, lexicon.Language));
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
        return _places.Resolve(new PlaceQuestion(placeName, [mention], cues, false, [], new Dictionary<string, int>(), Lexicon.English));
    }

    /// <summary>The gazetteer entries a name, as a text prints it, may stand for; best first.</summary>
    public IReadOnlyList<PlaceOption> Lookup(string name) => _toponyms.Lookup(name);

    /// <summary>The first place near the border that any sentence locates something in: where the article is about.</summary>
    private ResolvedPlace? FirstPlace(Lexicon lexicon, List<(Sentence Sentence, List<ToponymMention> Mentions)> read, Dictionary<string, int> votes)
    {
        foreach (var (sentence, toponyms) in read)
        {
            if (toponyms.Count == 0) continue;
            var place = _places.Resolve(new PlaceQuestion(sentence.Text, toponyms, lexicon.Countries(sentence.Text), false, [], votes, lexicon));
            if (place is not null && !place.IsBareBorder && !IsFar(place.Location)) return place;
        }
        return null;
    }

    /// <summary>Beyond the area of interest: never an incident's place.</summary>
    private bool IsFar(GeoPoint at) => _anchor.ContextOf(at).DistanceM > _options.AreaOfInterestM;

    /// <summary>What the whole article says that bears on every event in it; each read only when an event asks (most never do).</summary>
    private sealed class ArticleCues(Lexicon lexicon, string text)
    {
        private bool? _disaster;
        private bool? _otherBorderOnly;

        public bool Disaster => _disaster ??= lexicon.NamesDisaster(text);

        public bool OtherBorderOnly => _otherBorderOnly ??= lexicon.NamesOtherBorder(text) && !NonIncidentCues.NamesAfghanistan(text);
    }

    public const string UnplacedUndated = "no place or date of its own beside an event the article places: more of that story";

    /// <summary>Stage 5: why an assembled event is not reported as an incident, or null.</summary>
    private string? Filter(AssembledEvent e, List<AssembledEvent> events, DateOnly published, ArticleCues cues)
    {
        if (e.Place is not { } place) return "no place near the border is named";
        // Told with neither a place nor a date of its own beside an event the article places: more of that story.
        if (e.Date is null && e.PlaceFromArticle is not null && ReferenceEquals(place, e.PlaceFromArticle)
            && events.Any(x => x != e && x.PlaceFromArticle is null && x.Place is not null)
            && !EventAssembler.NamesAnotherIncident(e.Mentions[0].Sentence.Text))
            return UnplacedUndated;
        // "The border" of an article about the Tajik–Kyrgyz border is not ours.
        if (place.IsBareBorder && cues.OtherBorderOnly) return "another border of Tajikistan, not the Afghan one";
        // Deaths told with no violence at all, in a text about an avalanche or a flood.
        if (e.Mentions.All(m => m.Triggers.All(t => t.Trigger.Name == "killing")) && cues.Disaster) return NonIncidentCues.Disaster;
        // A district or village of the province beyond the area of interest says where it happened better than the province.
        if (place.Specificity == (int)GeoPrecision.ProvinceOrBorder && e.Mentions.FirstOrDefault(m => m.Place is { IsFar: true, IsBareBorder: false } p
                && p.Specificity < (int)GeoPrecision.ProvinceOrBorder && p.Admin1 is not null && p.Admin1 == place.Admin1)?.Place is { } far)
            return $"outside the area of interest: {far.PlaceName} is {_anchor.ContextOf(far.Location).DistanceM / 1000:0} km from the border";
        var distance = _anchor.ContextOf(place.Location).DistanceM;
        if (distance > _options.AreaOfInterestM)
            return $"outside the area of interest: {place.PlaceName} is {distance / 1000:0} km from the border";
        if (e.Date is { } date)
        {
            if (date.Date < published.AddDays(-HistoryDays)) return NonIncidentCues.History;
            var newest = events.Where(x => x != e && x.Place is not null && x.Date is not null).Select(x => x.Date!.Date).DefaultIfEmpty(DateOnly.MinValue).Max();
            if (newest != DateOnly.MinValue && date.Date < newest.AddDays(-BackgroundDays)) return NonIncidentCues.Recap;
        }
        return null;
    }

    /// <summary>
    /// The event's date; but where it is the day of publication and another of its mentions names a
    /// day just before ("April 3 (UPI) — … the attack Monday", "overrun … on Saturday"), that day:
    /// the publication day is when it was told, the earlier one when it happened.
    /// </summary>
    private static DateMention? EventDay(AssembledEvent e, DateOnly published)
    {
        if (e.Date is not { Precision: TimePrecision.Day } date || date.Date != published) return e.Date;
        return e.Mentions.Select(m => m.Date)
            .Where(d => d is { Precision: TimePrecision.Day } && d.Date < published && d.Date >= published.AddDays(-2))
            .OrderByDescending(d => d!.Date).FirstOrDefault() ?? date;
    }

    /// <summary>Stages 3–4 done: the event as an incident, typed by its deciding trigger, at its most specific place and stated day.</summary>
    private ExtractedIncident Build(Lexicon lexicon, AssembledEvent e, DateOnly published)
    {
        var deciding = e.Deciding;
        var text = deciding.Sentence.Text;
        var trigger = deciding.Deciding!.Trigger;
        var (type, subType) = (trigger.Type, trigger.SubEventType);
        if (trigger.Name == "killing" && lexicon.NamesCivilianVictims(text) && !lexicon.NamesArmedOpponent(text))
            (type, subType) = (EventType.ViolenceAgainstCivilians, EventType.ViolenceAgainstCivilians.FindSubType("attack")!);

        var place = e.Place!;
        var border = _anchor.ContextOf(place.Location);
        var date = EventDay(e, published);
        var triggers = e.Mentions.SelectMany(m => m.Triggers).ToList();
        var tags = triggers.SelectMany(t => t.Trigger.Tags).ToList();
        if (e.CrossBorder && e.Family == EventFamily.Violence) tags.Add(BorderTag.CrossBorderFire);
        if (triggers.Any(t => t.Trigger.Family == EventFamily.Detention) && triggers.Any(t => t.Trigger.Family == EventFamily.Crossing))
            tags.Add(BorderTag.Crossing);

        // Each sentence tells part of the toll; the fullest count of them stands (later paragraphs add the trespassers to the lede's guard).
        var fatalities = e.Mentions.Select(m => m.Casualties.Fatalities).Where(f => f is not null).DefaultIfEmpty(null).Max();
        var injured = e.Mentions.Select(m => m.Casualties.Injured).Where(f => f is not null).DefaultIfEmpty(null).Max();
        var actors = e.Mentions.SelectMany(m => m.Actors).Distinct().ToList();
        var claimed = e.Mentions.Any(m => lexicon.IsClaim(m.Sentence.Text));

        var confidence = 0.45
            + (date is null ? -0.1 : date.Precision == TimePrecision.Day ? 0.15 : 0.05)
            + place.Precision switch { GeoPrecision.Place => 0.2, GeoPrecision.District => 0.12, _ => 0.03 }
            + (actors.Count > 0 ? 0.08 : 0)
            - (place.Alternatives.Count > 0 ? 0.08 : 0)
            - (claimed ? 0.1 : 0);

        var notes = new List<string>();
        if (claimed) notes.Add($"Claimed{(actors.Count > 0 ? " by " + actors[0] : "")}: \"{text}\"");
        if (place.Context.Count > 0) notes.Add($"Context places: {string.Join(", ", place.Context)}.");
        if (date is null) notes.Add("No date in the text: the publication date, with week precision.");
        foreach (var other in e.Mentions.Where(m => m != deciding)) notes.Add(Told(other.Sentence.Text));

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
            Fatalities = fatalities,
            Injured = injured,
            Actors = actors,
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2),
            Alternatives = place.Alternatives,
            ContextPlaces = place.Context,
            Evidence = deciding.Sentence.ToEvidence(),
            Notes = Bounded(notes),
        };
    }

    private static string Told(string sentence)
    {
        var otherAccount = sentence.StartsWith("But", StringComparison.Ordinal) || sentence.Contains("however", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("denied", StringComparison.OrdinalIgnoreCase) || sentence.StartsWith("Однако", StringComparison.Ordinal);
        return (otherAccount ? "Other account: \"" : "Also reported: \"") + sentence + "\"";
    }

    // Notes stop growing at the length an editor may write: a text repeating one sentence must not grow them without end.
    private static string? Bounded(List<string> notes)
    {
        if (notes.Count == 0) return null;
        var kept = new List<string>();
        var length = 0;
        foreach (var note in notes)
        {
            if (length + note.Length + 1 > IncidentInput.MaxNotesLength) break;
            kept.Add(note);
            length += note.Length + 1;
        }
        return kept.Count > 0 ? string.Join(" ", kept) : null;
    }

    /// <summary>Where the article's toponyms near the border are, each mention's first such option, once each.</summary>
    private List<GeoPoint> ArticlePoints(List<(Sentence Sentence, List<ToponymMention> Mentions)> read)
    {
        var points = new List<GeoPoint>();
        foreach (var (_, mentions) in read)
        {
            foreach (var mention in mentions)
            {
                for (var i = 0; i < mention.Options.Count; i++)
                {
                    var o = mention.Options[i];
                    if (o.IsCapital || o.Location is not { } at || !(o.BorderDistanceM < _options.AreaOfInterestM)) continue;
                    if (!points.Contains(at)) points.Add(at);
                    break;
                }
            }
        }
        return points;
    }

    /// <summary>How often the article's unambiguous toponyms lie in each country: the article's lean, for ties.</summary>
    private static Dictionary<string, int> CountryVotes(IEnumerable<List<ToponymMention>> read)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mentions in read)
        {
            foreach (var mention in mentions)
            {
                if (OneCountry(mention.Options) is { } country) votes[country] = votes.GetValueOrDefault(country) + 1;
            }
        }
        return votes;
    }

    private static string? OneCountry(IReadOnlyList<PlaceOption> options)
    {
        if (options.Count == 0) return null;
        var country = options[0].Country;
        for (var i = 1; i < options.Count; i++)
        {
            if (options[i].Country != country) return null;
        }
        return country;
    }
}
