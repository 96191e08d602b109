namespace BorderMap.Core.Gazetteer;

/// <summary>
/// The three forms of a name that matching compares, computed once per name so that an index pays
/// for normalisation at build time and a query pays once per lookup.
/// </summary>
/// <param name="Normalized">Normalised, original script (<see cref="NameNormalizer"/>): equality here is an exact match.</param>
/// <param name="Latin">Normalised and transliterated: what trigram tie-breaks compare.</param>
/// <param name="Key">The match key (<see cref="VariantFolder"/>): equality here is a variant match. Store it
/// beside the name in PostGIS, with a pg_trgm index, so the database can answer the same questions.</param>
public sealed record NameForms(string Normalized, string Latin, string Key)
{
    public static NameForms Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = NameNormalizer.Normalize(name);
        var latin = Transliterator.ToLatin(normalized);
        return new NameForms(normalized, latin, VariantFolder.Fold(latin));
    }
}
