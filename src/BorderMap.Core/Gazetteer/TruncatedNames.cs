namespace BorderMap.Core.Gazetteer;

/// <summary>
/// GeoNames lists some places also under the first word of a longer name of theirs: Imam Sahib as
/// "Khwaja" beside "Khwaja Imam Saiyid". Alone, such a word is an honorific or a generic element
/// that in a text begins some other name ("Khwaja Bahauddin", "Khwaja Bandgosha"), so the geoparser
/// would put those at Imam Sahib. A one-word alternate name that is only the first word of another
/// name of the same place, and not the place's own name in another spelling or script, is dropped;
/// official names and every other alternate stay.
/// </summary>
public static class TruncatedNames
{
    public static List<GazetteerName> Drop(IEnumerable<GazetteerName> names)
    {
        var all = names.ToList();
        var firstWords = all
            .Select(n => (n.IndexId, Words: n.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(n => n.Words.Length > 1)
            .Select(n => (n.IndexId, First: NameNormalizer.Normalize(n.Words[0])))
            .ToHashSet();
        // "Кундуз" begins "Кундуз (город)" but is the place's own name in another script: it stays.
        var ownKeys = all.Where(n => n.Kind is NameKind.Official or NameKind.Transliterated)
            .Select(n => (n.IndexId, VariantFolder.MatchKey(n.Name))).ToHashSet();
        return all.Where(n => !(n.Kind == NameKind.Alternate && !n.Name.Contains(' ')
            && firstWords.Contains((n.IndexId, NameNormalizer.Normalize(n.Name)))
            && !ownKeys.Contains((n.IndexId, VariantFolder.MatchKey(n.Name))))).ToList();
    }
}
