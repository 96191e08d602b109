namespace BorderMap.Core.Gazetteer;

/// <summary>One row of a gazetteer's name table: a place id, one of its names and the kind of name.</summary>
public sealed record PlaceName(string PlaceId, string Name, NameKind Kind);

/// <summary>A place that a query may refer to, with the best way the query matched one of its names.</summary>
public sealed record PlaceCandidate(string PlaceId, NameMatch Match);

/// <summary>
/// An in-memory name index: normalised names and match keys map to places in O(1), and a trigram
/// posting list over match keys finds fuzzy candidates the way a pg_trgm GIN index would.
/// </summary>
/// <remarks>
/// Immutable once built, so one instance can serve concurrent lookups. The index does not strip
/// "district"/"province" words; run <see cref="AdminUnitWords.Strip"/> first and keep its precision.
/// </remarks>
public sealed class NameIndex
{
    private readonly Entry[] _entries;
    private readonly Dictionary<string, int[]> _byNormalized;
    private readonly Dictionary<string, int[]> _byKey;
    private readonly KeyTrigrams[] _keys;
    private readonly Dictionary<ulong, int[]> _keysByTrigram;

    public NameIndex(IEnumerable<PlaceName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _entries = names
            .Select(n => new Entry(n.PlaceId, new CandidateName(n.Name, n.Kind), NameForms.Of(n.Name)))
            .Where(e => e.Forms.Key.Length > 0)
            .ToArray();

        _byNormalized = GroupEntries(e => e.Forms.Normalized);
        _byKey = GroupEntries(e => e.Forms.Key);
        _keys = _byKey.Select(pair => new KeyTrigrams(pair.Key, Trigrams.Set(pair.Key), pair.Value)).ToArray();
        _keysByTrigram = _keys
            .SelectMany((key, index) => key.Trigrams.Select(trigram => (trigram, index)))
            .GroupBy(p => p.trigram, p => p.index)
            .ToDictionary(g => g.Key, g => g.ToArray());
        PlaceCount = _entries.Select(e => e.PlaceId).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>Places with at least one name.</summary>
    public int PlaceCount { get; }

    /// <summary>Names indexed (names whose match key is empty, such as "-", are skipped).</summary>
    public int NameCount => _entries.Length;

    /// <summary>The places holding a name whose match key is <paramref name="matchKey"/>.</summary>
    public IReadOnlyList<string> PlacesWithKey(string matchKey) =>
        _byKey.TryGetValue(matchKey, out var entries)
            ? entries.Select(i => _entries[i].PlaceId).Distinct(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>
    /// The places <paramref name="query"/> may name, best first, each with its best match. Fuzzy
    /// candidates are included below every exact and variant match, so a caller can keep them as
    /// alternatives; ties are broken by name kind and then by place id, so results are stable.
    /// </summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string query, int maxCandidates = 10,
        double minFuzzySimilarity = NameMatcher.DefaultMinFuzzySimilarity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCandidates);
        var forms = NameForms.Of(query);
        if (forms.Key.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<string, NameMatch>(StringComparer.Ordinal);
        if (_byNormalized.TryGetValue(forms.Normalized, out var sameName))
        {
            Offer(best, sameName, forms, minFuzzySimilarity);
        }

        if (_byKey.TryGetValue(forms.Key, out var sameKey))
        {
            Offer(best, sameKey, forms, minFuzzySimilarity);
        }

        AddFuzzy(best, forms, minFuzzySimilarity);

        return best
            .Select(pair => new PlaceCandidate(pair.Key, pair.Value))
            .OrderBy(c => c, CandidateOrder.Instance)
            .Take(maxCandidates)
            .ToArray();
    }

    private void Offer(Dictionary<string, NameMatch> best, int[] entries, NameForms query, double minFuzzySimilarity)
    {
        foreach (var index in entries)
        {
            var entry = _entries[index];
            var match = NameMatcher.Match(query, entry.Name, entry.Forms, minFuzzySimilarity);
            if (match is not null)
            {
                Keep(best, entry.PlaceId, match);
            }
        }
    }

    private void AddFuzzy(Dictionary<string, NameMatch> best, NameForms query, double minFuzzySimilarity)
    {
        var queryTrigrams = Trigrams.Set(query.Key);
        var shared = new Dictionary<int, int>();
        foreach (var trigram in queryTrigrams)
        {
            if (_keysByTrigram.TryGetValue(trigram, out var keys))
            {
                foreach (var key in keys)
                {
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var (keyIndex, common) in shared)
        {
            var key = _keys[keyIndex];
            if (key.Key == query.Key)
            {
                continue; // already scored as a variant match
            }

            var trigramSimilarity = (double)common / (queryTrigrams.Length + key.Trigrams.Length - common);
            foreach (var index in key.Entries)
            {
                var entry = _entries[index];
                var match = NameMatcher.Fuzzy(query, entry.Name, entry.Forms, minFuzzySimilarity, trigramSimilarity);
                if (match is not null)
                {
                    Keep(best, entry.PlaceId, match);
                }
            }
        }
    }

    private static void Keep(Dictionary<string, NameMatch> best, string placeId, NameMatch match)
    {
        if (!best.TryGetValue(placeId, out var current) || NameMatcher.Compare(match, current) < 0)
        {
            best[placeId] = match;
        }
    }

    private Dictionary<string, int[]> GroupEntries(Func<Entry, string> form) =>
        Enumerable.Range(0, _entries.Length)
            .GroupBy(i => form(_entries[i]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private sealed record Entry(string PlaceId, CandidateName Name, NameForms Forms);

    private sealed record KeyTrigrams(string Key, ulong[] Trigrams, int[] Entries);

    private sealed class CandidateOrder : IComparer<PlaceCandidate>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare(PlaceCandidate? x, PlaceCandidate? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byMatch = NameMatcher.Compare(x.Match, y.Match);
            return byMatch != 0 ? byMatch : string.CompareOrdinal(x.PlaceId, y.PlaceId);
        }
    }
}
