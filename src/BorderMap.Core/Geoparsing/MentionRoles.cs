using System.Text.RegularExpressions;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>What a toponym is to the incident in its sentence.</summary>
public enum MentionRole
{
    /// <summary>Where it happened: "in X", "at X", "X district".</summary>
    Location,

    /// <summary>Close to where it happened: "near X", "outside X", "10 km from X" (precision 2).</summary>
    Near,

    /// <summary>Where fire or people came from: kept as context, never the incident's place.</summary>
    Origin,

    /// <summary>Where the news came from: "officials in Khorugh said"; used only when nothing else locates the incident.</summary>
    Source,

    /// <summary>Not the incident's place: hospitals, funerals, origins of people, capitals, places abroad.</summary>
    Excluded,
}

/// <summary>A country the sentence names, and how: as where it happened, where fire came from, or who acted.</summary>
public sealed record CountryCue(string Country, CountryCueKind Kind, int Start, int End);

public enum CountryCueKind
{
    /// <summary>"into Tajikistan", "on the Afghan side", "in Afghanistan's Takhar province".</summary>
    Target,

    /// <summary>"from Afghanistan", "from the Afghan side".</summary>
    Origin,

    /// <summary>"Afghanistan's", "the Tajik village of": qualifies the toponym that follows.</summary>
    Qualifier,

    /// <summary>"Tajik border guards", "Afghan police": who acted, a weak hint of the side.</summary>
    Actor,
}

/// <summary>Reads the words around toponyms and country names: prepositions, possessives, hospitals, capitals.</summary>
public static partial class MentionRoles
{
    public static MentionRole Of(string sentence, ToponymMention mention)
    {
        if (Datelines.IsDateline(sentence, mention)) return MentionRole.Source;
        // Spans, not substrings: this runs for every toponym of every sentence with a trigger.
        var before = sentence.AsSpan(Math.Max(0, mention.Start - 48), Math.Min(48, mention.Start));
        var after = sentence.AsSpan(mention.End, Math.Min(sentence.Length - mention.End, 30));
        if (Foreign().IsMatch(before) || ForeignAfter().IsMatch(after) || NotHere().IsMatch(before) || OriginOfPeople().IsMatch(before)
            || Organisation().IsMatch(after) || IsRiver(mention, before)) return MentionRole.Excluded;
        // "opposite Shamsiddin Shohin", "which borders on Darvoz": the bank across, where the incident is not.
        if (Facing().IsMatch(before)) return MentionRole.Origin;
        if (Near().IsMatch(before) || AreaAfter().IsMatch(after)) return MentionRole.Near;
        if (PeopleFrom().IsMatch(before)) return MentionRole.Excluded;
        if (From().IsMatch(before)) return MentionRole.Origin;
        if (SourceOfNews().IsMatch(before) || SaidAfter().IsMatch(after)) return MentionRole.Source;
        return MentionRole.Location;
    }

    // "the Panj", "the bank of the Pyanj": a river named like the town on its bank is the border, not the town.
    private static readonly HashSet<string> s_rivers = new(StringComparer.Ordinal) { "panj", "vaxsh", "kandaz", "kakcha", "bartang", "gant" };

    private static bool IsRiver(ToponymMention mention, ReadOnlySpan<char> before) =>
        mention.Unit == AdminUnit.None && before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)
        && s_rivers.Contains(VariantFolder.MatchKey(mention.Surface));

    /// <summary>Every Tajikistan/Afghanistan cue in the sentence.</summary>
    public static List<CountryCue> Countries(string sentence)
    {
        var cues = new List<CountryCue>();
        foreach (Match m in CountryWords().Matches(sentence))
        {
            var country = m.Groups["c"].Value.StartsWith("Tajik", StringComparison.OrdinalIgnoreCase) ? Incidents.Countries.Tajikistan : Incidents.Countries.Afghanistan;
            var prep = m.Groups["prep"].Value.ToLowerInvariant();
            var full = m.Groups["c"].Value.EndsWith("istan", StringComparison.OrdinalIgnoreCase);
            var sideWord = m.Groups["side"].Success;
            var kind = prep switch
            {
                "from" => CountryCueKind.Origin,
                not "" when full || sideWord => CountryCueKind.Target,
                _ when m.Groups["poss"].Success || m.Groups["qual"].Success => CountryCueKind.Qualifier,
                _ when m.Groups["actor"].Success => CountryCueKind.Actor,
                _ when sideWord => CountryCueKind.Target,
                _ => (CountryCueKind?)null,
            };
            if (kind is { } k) cues.Add(new CountryCue(country, k, m.Index, m.Index + m.Length));
        }
        foreach (Match m in CountryAfterName().Matches(sentence))
        {
            var country = m.Groups["c"].Value.StartsWith("Tajik", StringComparison.OrdinalIgnoreCase) ? Incidents.Countries.Tajikistan : Incidents.Countries.Afghanistan;
            cues.Add(new CountryCue(country, CountryCueKind.Qualifier, m.Index, m.Index + m.Length));
        }
        return cues;
    }

    /// <summary>The country a qualifier right before or after the toponym gives it ("Afghanistan's Darqad", "Darqad, Afghanistan").</summary>
    public static string? QualifierOf(ToponymMention mention, IReadOnlyList<CountryCue> cues)
    {
        foreach (var cue in cues)
        {
            if (cue.Kind is not (CountryCueKind.Qualifier or CountryCueKind.Target or CountryCueKind.Origin)) continue;
            if (cue.End <= mention.Start && mention.Start - cue.End <= 24) return cue.Country;
            if (cue.Start >= mention.End && cue.Start - mention.End <= 3) return cue.Country;
        }
        return null;
    }

    /// <summary>Words that say the border itself is the place: "on the border", "the Panj river", "a border post".</summary>
    public static bool NamesTheBorder(string sentence) => BorderWords().IsMatch(sentence) && !OtherBorder().IsMatch(sentence);

    public static bool NamesOtherBorder(string text) => OtherBorder().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:(?<prep>into|in|inside|on|onto|at|to|from|across|toward|towards|entered|reached|hit|struck)\s+)?(?:the\s+)?(?:neighbou?ring\s+)?(?<c>Tajikistan|Afghanistan|Tajik|Afghan)(?<poss>'s|’s)?\b(?:\s+(?<side>side|territory|soil|bank|shore|part|frontier))?(?:\s+(?<qual>village|town|district|province|city|border (?:post|outpost|point)|outpost|checkpoint|settlement)\b)?(?:\s+(?<actor>border guards?|border troops|forces|troops|soldiers|army|police|authorities|officials|servicemen|military))?", Options)]
    private static partial Regex CountryWords();

    [GeneratedRegex(@"(?:,|\bin|\bof)\s+(?<c>Tajikistan|Afghanistan)\b", Options)]
    private static partial Regex CountryAfterName();

    [GeneratedRegex(@"\b(Iran|Pakistan|Uzbekistan|Russia|China|Kyrgyzstan|Turkmenistan|Kazakhstan|India|Syria|Iraq|Turkey|Iranian|Pakistani|Uzbek|Russian|Chinese)(['’]s)?\s+(city of\s+|town of\s+)?$", Options)]
    private static partial Regex Foreign();

    [GeneratedRegex(@"^,?\s+(in\s+)?(Iran|Pakistan|Uzbekistan|Russia|China|Kyrgyzstan|Turkmenistan|Kazakhstan)\b", Options)]
    private static partial Regex ForeignAfter();

    [GeneratedRegex(@"\b(hospitals?|clinic|morgue|funerals?|buried|burial|taken to|evacuated to|flown to|transferred to|transported to|brought to|(?<!\b(attack\w*|stormed|raided|hit|struck|targeted|overran)\s+(a|the)\s+(\w+\s+)?)headquarters in|returned to|deported to|sent to|trial in|court in|sentenced in|tried in)\b[^,;.]{0,30}$", Options)]
    private static partial Regex NotHere();

    [GeneratedRegex(@"\b(natives? of|born in|hails from|originally from|citizens? of|residents? of the city of|hometown of|home town of|capital,?|capital of|seat of government)\s+(the\s+)?(\w+\s+)?$", Options)]
    private static partial Regex OriginOfPeople();

    [GeneratedRegex(@"^\s+(news agency|agency|newspaper|TV|television|radio|channel|university|company|group|movement)\b", Options)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\b(near|nearby|outside|close to|vicinity of|outskirts of|not far from|km|kilomet(er|re)s?|miles)\b\s*(\w+\s+){0,2}(from|of)?\s*(the\s+)?(\w+\s+){0,3}$|\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(ern)?\s+(of|outskirts of)\s+(the\s+)?(\w+\s+){0,2}$|\bborder with\s+(\w+['’]s\s+)?$|\b(areas?|parts?) of\s+$|\broad (to|from|between)\s+$", Options)]
    private static partial Regex Near();

    // A frontier post or a border unit named after a town is not at the town: precision 2, as ACLED codes "near".
    [GeneratedRegex(@"^[\s”""’']+(area|areas|vicinity|outskirts|region|valley|frontier post|border post|outpost|border unit|border detachment|detachment|border guard unit)\b", Options)]
    private static partial Regex AreaAfter();

    [GeneratedRegex(@"\b(man|men|woman|women|residents?|citizens?|nationals?|natives?|migrants?|workers?|students?|people|youths?|traders?|labou?rers?)\s+(\w+\s+){0,1}from\s+(the\s+)?(\w+['’]?s?\s+){0,3}$", Options)]
    private static partial Regex PeopleFrom();

    [GeneratedRegex(@"\bfrom\s+(the\s+)?([\w’'-]+\s+){0,4}$", Options)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(borders?( on| with)?|bordering( on)?|opposite|across from|facing|adjacent to|across the (river|border) from)\s+(the\s+)?(Tajik\s+|Afghan\s+|Tajikistan's\s+|Afghanistan's\s+)?$", Options)]
    private static partial Regex Facing();

    [GeneratedRegex(@"\b(officials?|authorities|government|ministry|spokes\w+|governor|agency|sources?|journalists?|correspondents?|based)\s+(\w+\s+){0,1}in\s+$", Options)]
    private static partial Regex SourceOfNews();

    [GeneratedRegex(@"^\s+(said|says|reported|told|announced|confirmed|claimed)\b", Options)]
    private static partial Regex SaidAfter();

    // Tajikistan's other borders: "the Tajik-Kyrgyz border", "the border with Uzbekistan".
    [GeneratedRegex(@"\b(Tajik|Tajikistan|Afghan|Afghanistan)[–-](Kyrgyz|Uzbek|Chinese|China|Iran|Pakistan|Turkmen)\w*|\b(Kyrgyz|Uzbek|Chinese|Iranian|Pakistani|Turkmen)[–-](Tajik|Afghan)\w*|\bborder with (Kyrgyzstan|Uzbekistan|China|Iran|Pakistan|Turkmenistan)\b", Options)]
    private static partial Regex OtherBorder();

    [GeneratedRegex(@"\b(border|frontier|Panj|Pyanj|Pyandzh|Amu Darya|Amudarya|river ?bank|riverbank|outposts?|border posts?|checkpoints?)\b", Options)]
    private static partial Regex BorderWords();
}
