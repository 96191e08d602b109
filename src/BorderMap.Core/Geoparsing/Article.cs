using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>A text as a user brings it: the body, the day it was published, and where it came from.</summary>
/// <param name="Language">ISO 639-1 code of the text ("en", "ru"); null to tell it from the letters.</param>
public sealed record Article(string Text, DateOnly Published, string? Title = null, string? Url = null, string? Language = null);

/// <summary>What the extractor is allowed to report.</summary>
public sealed record GeoparseOptions
{
    public static readonly GeoparseOptions Default = new();

    /// <summary>Incidents farther than this from the border are reported as skipped, not as incidents.</summary>
    public double AreaOfInterestM { get; init; } = 100_000;
}

/// <summary>A stretch of the article's text: offsets into <see cref="Article.Text"/> (end exclusive).</summary>
public sealed record Evidence(int Start, int End, string Sentence);

/// <summary>Another place the text may have meant, kept so an editor can switch with one click.</summary>
public sealed record PlaceAlternative(string PlaceName, string Country, GeoPoint Location, GeoPrecision GeoPrecision, double Score);

/// <summary>One incident found in an article, geocoded and placed relative to the border.</summary>
public sealed record ExtractedIncident
{
    public required DateOnly Date { get; init; }
    public required TimePrecision TimePrecision { get; init; }
    public required EventType EventType { get; init; }
    public SubEventType? SubEventType { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public required string PlaceName { get; init; }
    public required GeoPoint Location { get; init; }
    public required GeoPrecision GeoPrecision { get; init; }
    public required string Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public required BorderContext Border { get; init; }
    public string? NearestCrossingName { get; init; }
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public required double Confidence { get; init; }
    public IReadOnlyList<PlaceAlternative> Alternatives { get; init; } = [];

    /// <summary>Places the text names as context (the origin of fire, the other bank), not as the incident's place.</summary>
    public IReadOnlyList<string> ContextPlaces { get; init; } = [];
    public required Evidence Evidence { get; init; }
    public string? Notes { get; init; }

    /// <summary>The incident as a draft for the store, with the article as its source.</summary>
    public IncidentDraft ToDraft(Article article, string? source) => new()
    {
        Date = Date,
        TimePrecision = TimePrecision,
        EventType = EventType,
        SubEventType = SubEventType,
        Tags = Tags,
        Actors = Actors,
        Fatalities = Fatalities,
        Injured = Injured,
        Location = Location,
        PlaceName = PlaceName,
        Admin1 = Admin1,
        Admin2 = Admin2,
        Country = Country,
        GeoPrecision = GeoPrecision,
        Confidence = Confidence,
        Source = source ?? article.Title,
        SourceUrl = article.Url,
        Published = new DateTimeOffset(article.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Notes = Notes,
    };
}

/// <summary>A mention that looked like an incident but is not reported as one, and why.</summary>
public sealed record SkippedMention(string Reason, Evidence Evidence);

/// <summary>Everything the extractor found in one article.</summary>
/// <param name="Language">The language the text was read in.</param>
public sealed record GeoparseResult(IReadOnlyList<ExtractedIncident> Incidents, IReadOnlyList<SkippedMention> Skipped, string Language = "en");

/// <summary>An extraction with its working, for editors and for tuning: the mentions read and the events they made.</summary>
public sealed record GeoparseTrace(IReadOnlyList<EventMention> Mentions, IReadOnlyList<AssembledEvent> Events, GeoparseResult Result);
