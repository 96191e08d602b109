namespace BorderMap.Core.Geoparsing;

/// <summary>
/// What one language contributes to the geoparser: the words of each stage. The stages themselves
/// (mentions, events, placement, filters) are the same for every language; a lexicon only says
/// what the words of its language mean.
/// </summary>
public abstract class Lexicon
{
    /// <summary>The ISO 639-1 code: "en" or "ru".</summary>
    public abstract string Language { get; }

    /// <summary>Every trigger in the sentence, in priority order (the first decides the type).</summary>
    public abstract List<TriggerMatch> Triggers(string sentence);

    /// <summary>
    /// Words that refer back to an event already told ("the incident took place", "the clash
    /// occurred"): such a sentence adds a place or date to that event, never a new one.
    /// </summary>
    public abstract bool RefersBack(string sentence);

    /// <summary>Why a sentence with a trigger reports no incident, or null. See <see cref="NonIncidentCues"/>.</summary>
    public abstract string? ReasonToSkip(string sentence, int triggerStart, EventFamily family, bool hasDate, bool hasRecentDate);

    /// <summary>
    /// Why a sentence tells of an earlier or wider story rather than the news ("Recall, …", "this
    /// year has seen 22 skirmishes", "the first casualty since 2015"), or null.
    /// </summary>
    public abstract string? Background(string sentence);

    public abstract bool NamesEarlierYear(string sentence, DateOnly published);

    public abstract List<DateMention> Dates(string sentence, DateOnly published);

    public abstract DateMention? ChooseDate(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published);

    public abstract bool IsCrossBorder(string sentence);

    public abstract bool NamesCivilianVictims(string sentence);

    public abstract bool NamesArmedOpponent(string sentence);

    public abstract CasualtyCount Casualties(string sentence);

    public abstract List<string> Actors(string sentence);

    public abstract List<CountryCue> Countries(string sentence);

    public abstract MentionRole RoleOf(string sentence, ToponymMention mention);

    public abstract bool NamesTheBorder(string sentence);

    /// <summary>Words of a natural disaster or accident anywhere in the text: deaths told without violence are then not an incident.</summary>
    public abstract bool NamesDisaster(string text);

    /// <summary>Words of another border of Tajikistan or Afghanistan ("the Tajik-Kyrgyz border").</summary>
    public abstract bool NamesOtherBorder(string text);

    /// <summary>Words that say a statement is a claim rather than a confirmed fact.</summary>
    public abstract bool IsClaim(string sentence);

    public static Lexicon English { get; } = new EnglishLexicon();

    public static Lexicon Russian { get; } = new RussianLexicon();

    /// <summary>The lexicon for an ISO 639-1 code, or null when BorderMap does not read that language.</summary>
    public static Lexicon? For(string language) => language.ToLowerInvariant() switch
    {
        "en" => English,
        "ru" => Russian,
        _ => null,
    };

    /// <summary>
    /// The language a text is written in, by its letters: Russian when Cyrillic letters outnumber
    /// Latin ones (an English text quoting a Russian name stays English), else English.
    /// </summary>
    public static Lexicon Detect(string text)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (c is >= 'А' and <= 'я' or 'ё' or 'Ё') cyrillic++;
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
        }
        return cyrillic > latin ? Russian : English;
    }
}
