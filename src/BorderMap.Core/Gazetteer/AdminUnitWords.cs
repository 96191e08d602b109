using BorderMap.Core.Incidents;

namespace BorderMap.Core.Gazetteer;

/// <summary>Which kind of administrative word was taken off a name.</summary>
public enum AdminUnit
{
    None,

    /// <summary>district, rayon, nohiya, woluswali (ADM2).</summary>
    District,

    /// <summary>province, oblast, viloyat, wilayat (ADM1).</summary>
    Province,
}

/// <summary>A name without its administrative word, and what that word said.</summary>
/// <param name="Name">The remaining name, normalised, in its original script.</param>
/// <param name="Unit">The kind of word removed, or <see cref="AdminUnit.None"/>.</param>
public sealed record StrippedName(string Name, AdminUnit Unit)
{
    /// <summary>
    /// The precision a match of <see cref="Name"/> deserves: "X district" is precision 2 and a
    /// province is 3 even when X is also the name of a town; null when nothing was stripped.
    /// </summary>
    public GeoPrecision? Precision => Unit switch
    {
        AdminUnit.District => GeoPrecision.District,
        AdminUnit.Province => GeoPrecision.ProvinceOrBorder,
        _ => null,
    };
}

/// <summary>
/// Takes the word for "district" or "province" off a place name, in any of the languages that
/// report on the border: "Panj district", "Пянджский район", "ноҳияи Панҷ", "woluswali-ye Imam
/// Sahib", "ولایت کندز", "Khatlon viloyat". The caller learns which kind of word it was, because the
/// same name ("Panj", "Kunduz") is a town, a district and sometimes a province.
/// </summary>
/// <remarks>
/// Kept apart from <see cref="VariantFolder"/> on purpose: folding must not lose the precision, and
/// a place may really be named after its unit ("Rayon" villages exist). Tajik and Dari put the word
/// first with an izafet (nohiyai X, wilayat-e X), English and Russian put it last; Russian then
/// makes the name an adjective (Пянджский район), whose ending is removed as well.
/// </remarks>
public static class AdminUnitWords
{
    private static readonly Dictionary<string, AdminUnit> s_words = new(StringComparer.Ordinal)
    {
        ["district"] = AdminUnit.District,
        ["rayon"] = AdminUnit.District,
        ["raion"] = AdminUnit.District,
        ["rajon"] = AdminUnit.District,
        ["nohiya"] = AdminUnit.District,
        ["nohiyai"] = AdminUnit.District,
        ["nohiyayi"] = AdminUnit.District,
        ["woluswali"] = AdminUnit.District,
        ["woleswali"] = AdminUnit.District,
        ["wuluswali"] = AdminUnit.District,
        ["uluswali"] = AdminUnit.District,
        ["ولسوالی"] = AdminUnit.District,
        ["province"] = AdminUnit.Province,
        ["oblast"] = AdminUnit.Province,
        ["oblasti"] = AdminUnit.Province,
        ["oblastyu"] = AdminUnit.Province,
        ["provintsiya"] = AdminUnit.Province,
        ["provintsii"] = AdminUnit.Province,
        ["provintsiyu"] = AdminUnit.Province,
        ["rayona"] = AdminUnit.District,
        ["rayone"] = AdminUnit.District,
        ["rayonu"] = AdminUnit.District,
        ["rayonom"] = AdminUnit.District,
        ["uezd"] = AdminUnit.District,
        ["uezda"] = AdminUnit.District,
        ["uezde"] = AdminUnit.District,
        ["uyezd"] = AdminUnit.District,
        ["uyezda"] = AdminUnit.District,
        ["uyezde"] = AdminUnit.District,
        ["okrug"] = AdminUnit.District,
        ["okruga"] = AdminUnit.District,
        ["okruge"] = AdminUnit.District,
        ["vuluswol"] = AdminUnit.District,
        ["vuluswoli"] = AdminUnit.District,
        ["vulusvol"] = AdminUnit.District,
        ["vulusvoli"] = AdminUnit.District,
        ["viloyat"] = AdminUnit.Province,
        ["viloyati"] = AdminUnit.Province,
        ["vilayat"] = AdminUnit.Province,
        ["velayat"] = AdminUnit.Province,
        ["wilayat"] = AdminUnit.Province,
        ["wilayati"] = AdminUnit.Province,
        ["welayat"] = AdminUnit.Province,
        ["ولایت"] = AdminUnit.Province,
    };

    // Words that join a leading unit word to the name: izafet and English "of".
    private static readonly HashSet<string> s_joiners = new(StringComparer.Ordinal) { "i", "e", "ye", "yi", "of", "the" };

    // Russian adjectival endings (Пянджский, Хатлонская), longest first, in both scripts.
    private static readonly string[] s_adjectiveEndings =
    [
        "ского", "скому", "ском", "ский", "ская", "ской", "скую", "ское", "ских", "ские",
        "skogo", "skaya", "skaja", "skaia", "skiy", "skij", "skii", "skoy", "skoi", "sky",
    ];

    /// <summary>
    /// Removes one leading or trailing administrative word from <paramref name="name"/>. A name that
    /// is nothing but such a word is returned whole, with <see cref="AdminUnit.None"/>.
    /// </summary>
    public static StrippedName Strip(string name)
    {
        var normal = NameNormalizer.Normalize(name);
        var words = normal.Split(' ');
        if (words.Length < 2)
        {
            return new StrippedName(normal, AdminUnit.None);
        }

        var last = UnitOf(words[^1]);
        if (last != AdminUnit.None)
        {
            var rest = words[..^1];
            rest[^1] = WithoutAdjectiveEnding(rest[^1]);
            return new StrippedName(string.Join(' ', rest), last);
        }

        var first = UnitOf(words[0]);
        if (first != AdminUnit.None)
        {
            var start = 1;
            while (start < words.Length - 1 && s_joiners.Contains(words[start]))
            {
                start++;
            }

            return new StrippedName(string.Join(' ', words[start..]), first);
        }

        return new StrippedName(normal, AdminUnit.None);
    }

    private static AdminUnit UnitOf(string word) =>
        s_words.TryGetValue(Transliterator.ToLatin(word), out var unit) ? unit : AdminUnit.None;

    private static string WithoutAdjectiveEnding(string word)
    {
        foreach (var ending in s_adjectiveEndings)
        {
            // Keep at least three letters so that a short real name is never eaten.
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
