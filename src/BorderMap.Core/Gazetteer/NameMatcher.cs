namespace BorderMap.Core.Gazetteer;

/// <summary>One name of a place, with what kind of name it is.</summary>
public sealed record CandidateName(string Name, NameKind Kind);

/// <summary>How a query matched one name.</summary>
/// <param name="Kind">Why it matched.</param>
/// <param name="Score">In [0, 1]; higher is better. Ranks across kinds, see <see cref="NameMatcher"/>.</param>
/// <param name="MatchedName">The gazetteer name that matched, as stored.</param>
/// <param name="MatchedNameKind">What kind of name that is (a fuzzy match may hit a historic name).</param>
public sealed record NameMatch(MatchKind Kind, double Score, string MatchedName, NameKind MatchedNameKind);

/// <summary>
/// Scores a query against a place's names. Scores fall in disjoint bands, so that any match of a
/// stronger kind outranks any match of a weaker one:
/// <list type="table">
/// <item><term>1.00</term><description>exact: the official name, normalised</description></item>
/// <item><term>0.95</term><description>alternate: an alternate name, normalised</description></item>
/// <item><term>0.93</term><description>transliterated: a name recorded as a romanisation, normalised</description></item>
/// <item><term>0.90</term><description>historic: a former name, normalised</description></item>
/// <item><term>0.80–0.85</term><description>transliterated: same match key as a current name</description></item>
/// <item><term>0.75–0.80</term><description>historic: same match key as a former name</description></item>
/// <item><term>0–0.70</term><description>fuzzy: 0.65 × <see cref="FuzzySimilarity"/> of the match keys
/// + 0.05 × trigram similarity of the Latin spellings</description></item>
/// </list>
/// Within the key and fuzzy bands the trigram similarity of the Latin spellings breaks ties, so
/// "Darvoz" prefers a place that holds "Darvoz" over one that holds only "Darwaz", and the typo
/// "Ishkashm" prefers Tajik Ishkashim over Afghan Eshkashem although both fold to one key.
/// </summary>
public static class NameMatcher
{
    /// <summary>
    /// Below this fuzzy similarity a name is not a candidate. Higher than pg_trgm's default 0.3
    /// because folded keys of different places are often that close (Khorog/Khorasan is 0.4).
    /// </summary>
    public const double DefaultMinFuzzySimilarity = 0.5;

    private const double FuzzyWeight = 0.65;
    private const double SpellingWeight = 0.05;

    // Edit distance only helps on short keys, and only for one slip: at two, distinct short
    // places start to meet (Rustaq and Rushan are two substitutions apart once folded).
    private const int ShortKeyMin = 4;
    private const int ShortKeyMax = 10;

    /// <summary>The best match of <paramref name="query"/> among <paramref name="names"/>, or null.</summary>
    public static NameMatch? Match(string query, IEnumerable<CandidateName> names,
        double minFuzzySimilarity = DefaultMinFuzzySimilarity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(names);
        var queryForms = NameForms.Of(query);
        NameMatch? best = null;
        foreach (var name in names)
        {
            var match = Match(queryForms, name, NameForms.Of(name.Name), minFuzzySimilarity);
            if (match is not null && (best is null || Compare(match, best) < 0))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>Scores one prepared name; null when it does not match at all.</summary>
    public static NameMatch? Match(NameForms query, CandidateName name, NameForms nameForms,
        double minFuzzySimilarity = DefaultMinFuzzySimilarity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(nameForms);
        if (query.Key.Length == 0 || nameForms.Key.Length == 0)
        {
            return null;
        }

        if (query.Normalized == nameForms.Normalized)
        {
            var (kind, score) = name.Kind switch
            {
                NameKind.Official => (MatchKind.Exact, 1.00),
                NameKind.Alternate => (MatchKind.Alternate, 0.95),
                NameKind.Transliterated => (MatchKind.Transliterated, 0.93),
                _ => (MatchKind.Historic, 0.90),
            };
            return new NameMatch(kind, score, name.Name, name.Kind);
        }

        if (query.Key == nameForms.Key)
        {
            var closeness = Trigrams.Similarity(query.Latin, nameForms.Latin);
            return name.Kind == NameKind.Historic
                ? new NameMatch(MatchKind.Historic, Band(0.75, 0.80, closeness), name.Name, name.Kind)
                : new NameMatch(MatchKind.Transliterated, Band(0.80, 0.85, closeness), name.Name, name.Kind);
        }

        return Fuzzy(query, name, nameForms, minFuzzySimilarity);
    }

    /// <summary>
    /// Similarity of two match keys: pg_trgm similarity, raised for short keys one edit apart to
    /// 1 − 1/length, because one slip in a five-letter name leaves few trigrams in common.
    /// </summary>
    public static double FuzzySimilarity(string keyA, string keyB)
    {
        ArgumentNullException.ThrowIfNull(keyA);
        ArgumentNullException.ThrowIfNull(keyB);
        return FuzzySimilarity(keyA, keyB, Trigrams.Similarity(keyA, keyB));
    }

    internal static double FuzzySimilarity(string keyA, string keyB, double trigramSimilarity)
    {
        var shorter = Math.Min(keyA.Length, keyB.Length);
        var longer = Math.Max(keyA.Length, keyB.Length);
        if (shorter < ShortKeyMin || longer > ShortKeyMax || longer - shorter > 1)
        {
            return trigramSimilarity;
        }

        return EditDistance.DamerauLevenshtein(keyA, keyB) == 1
            ? Math.Max(trigramSimilarity, 1.0 - 1.0 / longer)
            : trigramSimilarity;
    }

    internal static NameMatch? Fuzzy(NameForms query, CandidateName name, NameForms nameForms,
        double minFuzzySimilarity, double? keyTrigramSimilarity = null)
    {
        var similarity = FuzzySimilarity(query.Key, nameForms.Key,
            keyTrigramSimilarity ?? Trigrams.Similarity(query.Key, nameForms.Key));
        if (similarity < minFuzzySimilarity || similarity <= 0)
        {
            return null;
        }

        var spelling = Trigrams.Similarity(query.Latin, nameForms.Latin);
        var score = Math.Min(FuzzyWeight * similarity + SpellingWeight * spelling, FuzzyWeight + SpellingWeight);
        return new NameMatch(MatchKind.Fuzzy, score, name.Name, name.Kind);
    }

    // A score inside [lower, upper], clamped so floating-point error never crosses into the band above.
    private static double Band(double lower, double upper, double position) =>
        Math.Min(lower + (upper - lower) * position, upper);

    /// <summary>Orders matches best first: score, then name kind, then the name itself.</summary>
    internal static int Compare(NameMatch x, NameMatch y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byKind = x.MatchedNameKind.CompareTo(y.MatchedNameKind);
        return byKind != 0 ? byKind : string.CompareOrdinal(x.MatchedName, y.MatchedName);
    }
}
