using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>The armed and unarmed parties wire reports on the border name, in one spelling each.</summary>
public static partial class Actors
{
    private static readonly (Regex Pattern, string Name)[] s_actors =
    [
        (TajikGuards(), "Tajik border guards"),
        (AfghanGuards(), "Taliban border forces"),
        (IslamicState(), "Islamic State (ISKP)"),
        (Taliban(), "Taliban"),
        (AfghanArmy(), "Afghan army"),
        (TajikForces(), "Tajik security forces"),
        (Russian(), "Russian forces"),
        (Ansarullah(), "Jamaat Ansarullah"),
        (Resistance(), "National Resistance Front"),
        (Traffickers(), "Drug traffickers"),
        (Smugglers(), "Smugglers"),
        (Militants(), "Unidentified armed group"),
        (Civilians(), "Civilians"),
        (Refugees(), "Refugees"),
    ];

    /// <summary>Every party the sentence names, in the order of the list above, without repeats.</summary>
    public static List<string> Find(string sentence)
    {
        var found = new List<string>();
        foreach (var (pattern, name) in s_actors)
        {
            if (pattern.IsMatch(sentence) && !found.Contains(name)) found.Add(name);
        }
        // "Taliban border guards" are named by the more specific entry.
        if (found.Contains("Taliban border forces")) found.Remove("Taliban");
        return found;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(Tajik(istan's|istani)? (border (guards?|troops|service|forces|post|outpost|detachment)|frontier (guards?|troops))|border (guards?|troops) of Tajikistan|Tajik border|GKNB border|Border Troops)\b", Options)]
    private static partial Regex TajikGuards();

    [GeneratedRegex(@"\b((Taliban|Afghan) border (guards?|forces|police|troops))\b", Options)]
    private static partial Regex AfghanGuards();

    [GeneratedRegex(@"\b(Islamic State|ISKP|IS-K|ISIS-K|ISIS|ISIL|Daesh|Khorasan Province|IS\b)", RegexOptions.CultureInvariant)]
    private static partial Regex IslamicState();

    [GeneratedRegex(@"\bTaliban\b", Options)]
    private static partial Regex Taliban();

    [GeneratedRegex(@"\b(Afghan (army|National Army|government forces|security forces|soldiers|troops|forces)|ANA|ANDSF)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfghanArmy();

    [GeneratedRegex(@"\b(Tajik (police|security forces|soldiers|troops|army|military|servicemen|law enforcement)|Tajikistan's (police|military|army))\b", Options)]
    private static partial Regex TajikForces();

    [GeneratedRegex(@"\b(Russian (troops|forces|soldiers|servicemen|military base|base)|201st)\b", Options)]
    private static partial Regex Russian();

    [GeneratedRegex(@"\b(Jamaat Ansarullah|Ansarullah)\b", Options)]
    private static partial Regex Ansarullah();

    [GeneratedRegex(@"\b(National Resistance Front|NRF|resistance fighters|anti-Taliban fighters)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Resistance();

    [GeneratedRegex(@"\b(drug (traffickers?|smugglers?|couriers?|runners?|dealers?)|narco-?traffickers?|traffickers?)\b", Options)]
    private static partial Regex Traffickers();

    [GeneratedRegex(@"(?<!drug )\bsmugglers?\b", Options)]
    private static partial Regex Smugglers();

    [GeneratedRegex(@"\b(militants?|gunmen|insurgents?|armed (men|group|groups)|unidentified (attackers|assailants)|jihadists?)\b", Options)]
    private static partial Regex Militants();

    [GeneratedRegex(@"\b(civilians?|villagers?|residents?|farmers?|shepherds?|herders?|fishermen|fisherman|children|truck drivers?)\b", Options)]
    private static partial Regex Civilians();

    [GeneratedRegex(@"\b(refugees?|asylum seekers?|displaced)\b", Options)]
    private static partial Regex Refugees();
}
