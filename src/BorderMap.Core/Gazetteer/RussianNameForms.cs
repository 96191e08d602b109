namespace BorderMap.Core.Gazetteer;

/// <summary>
/// The nominative a Russian text's inflected place name may stand for: "Хороге" → "Хорог",
/// "Шерхан-Бандара" → "Шерхан-Бандар", "Москве" → "Москва", "Пянджского" → "Пяндж",
/// "Хамадонийском" → "Хамадони", "Шамсиддин-Шохинском" → "Шамсиддин-Шохин". Gazetteers hold
/// names in the nominative (or only in Latin script), so a declined name is tried in each form it
/// may come from, most likely first. Only the last word of a name is declined here; a stem keeps
/// at least three letters so that short names are never eaten.
/// </summary>
public static class RussianNameForms
{
    // Adjectives made from place names (Пянджский, Хатлонской, Хамадонийском), longest first.
    private static readonly string[] s_adjectiveEndings =
    [
        "ийского", "ийскому", "ийском", "ийский", "ийская", "ийской", "ийскую", "ийское", "ийские", "ийских",
        "инского", "инском", "инский", "инская", "инской",
        "ского", "скому", "ском", "ский", "ская", "ской", "скую", "ское", "ские", "ских", "ским", "скими",
    ];

    // Noun case endings, longest first: genitive, dative, instrumental, prepositional, plural.
    private static readonly string[] s_nounEndings = ["ами", "ями", "ом", "ем", "ой", "ей", "ью", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и"];

    /// <summary>Nominative candidates for <paramref name="name"/>, without the name itself; empty for a name without Cyrillic letters.</summary>
    public static IReadOnlyList<string> Candidates(string name)
    {
        if (!Transliterator.ContainsCyrillic(name)) return [];
        var split = Math.Max(name.LastIndexOf(' '), name.LastIndexOf('-')) + 1;
        var head = name[..split];
        var last = name[split..];
        var lower = last.ToLowerInvariant();
        var found = new List<string>();

        foreach (var ending in s_adjectiveEndings)
        {
            if (lower.Length - ending.Length < 3 || !lower.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = last[..^ending.Length];
            // "Хамадонийский" comes from "Хамадони", "Пянджский" from "Пяндж".
            if (ending.StartsWith('и')) Add(found, head + stem + "и");
            Add(found, head + stem);
            Add(found, head + stem + "а");
            // No break: "Шохинском" ends in both "инском" and "ском", and only the shorter leaves the name.
        }
        foreach (var ending in s_nounEndings)
        {
            if (lower.Length - ending.Length < 3 || !lower.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = last[..^ending.Length];
            Add(found, head + stem);
            Add(found, head + stem + "а");
            Add(found, head + stem + "ь");
            break;
        }
        // A hyphenated name may decline both parts: "Шамсиддина-Шохина", "Мазари-Шарифе".
        if (head.Length > 0 && head[^1] == '-' && Candidates(head[..^1]) is { Count: > 0 } first)
        {
            foreach (var h in first.Take(2))
            {
                Add(found, h + "-" + last);
                foreach (var f in found.ToList().Where(f => f.StartsWith(head, StringComparison.Ordinal))) Add(found, h + "-" + f[head.Length..]);
            }
        }
        found.Remove(name);
        return found;
    }

    private static void Add(List<string> found, string candidate)
    {
        if (!found.Contains(candidate)) found.Add(candidate);
    }
}
