namespace BorderMap.Core.Gazetteer;

/// <summary>What a gazetteer name is to its place (GeoNames' alternate-name flags, simplified).</summary>
/// <remarks>The order is the tie-break order: an official name wins over an alternate of equal score.</remarks>
public enum NameKind
{
    /// <summary>The current official name (GeoNames' name, Tajik/Afghan official spelling).</summary>
    Official,

    /// <summary>Any other current name or spelling, in any script (Persian, Russian, English).</summary>
    Alternate,

    /// <summary>A romanisation recorded as such (GeoNames' asciiname, BGN forms).</summary>
    Transliterated,

    /// <summary>A former name: Soviet-era (Kolkhozobod, Kurgan-Tyube), or before a renaming.</summary>
    Historic,
}

/// <summary>Why a query matched a place, strongest first.</summary>
public enum MatchKind
{
    /// <summary>The query is the official name, up to normalisation (case, diacritics, apostrophes).</summary>
    Exact,

    /// <summary>The query is one of the place's alternate names, up to normalisation.</summary>
    Alternate,

    /// <summary>The query is a former name of the place, up to normalisation or spelling variant.</summary>
    Historic,

    /// <summary>The query is another transliteration of a current name: the match keys are equal.</summary>
    Transliterated,

    /// <summary>The query only resembles a name (trigram or edit-distance similarity).</summary>
    Fuzzy,
}
