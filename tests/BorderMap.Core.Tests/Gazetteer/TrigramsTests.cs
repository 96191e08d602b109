using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

/// <summary>
/// Agreement with PostgreSQL's pg_trgm. Expected values are worked out by hand from pg_trgm's
/// definition (lower-case; words are runs of letters and digits; each word padded "  w "; set of
/// 3-grams; |A∩B| / |A∪B|), with the trigram sets written out below so a reader can check them. They
/// are what PostgreSQL 15's <c>similarity()</c> returns for these pairs, printed there as float4.
/// </summary>
public sealed class TrigramsTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void The_trigrams_of_cat_are_those_in_the_pg_trgm_documentation() =>
        Assert.Equal(new[] { "  c", " ca", "at ", "cat" }.Order(StringComparer.Ordinal), Trigrams.Show("cat"));

    [Fact]
    public void Non_alphanumerics_split_words_as_in_the_pg_trgm_documentation() =>
        Assert.Equal(
            new[] { "  f", " fo", "foo", "oo ", "  b", " ba", "bar", "ar " }.Order(StringComparer.Ordinal),
            Trigrams.Show("foo|bar"));

    [Theory]
    // word: {"  w"," wo",wor,ord,"rd "} (5); two words: {"  t"," tw",two,"wo ","  w"," wo",wor,ord,rds,"ds "} (10);
    // common {"  w"," wo",wor,ord} = 4 → 4 / 11
    [InlineData("word", "two words", 4.0 / 11)]
    // khorog: {"  k"," kh",kho,hor,oro,rog,"og "} (7); khorugh: {"  k"," kh",kho,hor,oru,rug,ugh,"gh "} (8); common 4 → 4 / 11
    [InlineData("Khorog", "Khorugh", 4.0 / 11)]
    // panj (5); panjshir: {"  p"," pa",pan,anj,njs,jsh,shi,hir,"ir "} (9); common {"  p"," pa",pan,anj} = 4 → 4 / 10
    [InlineData("Panj", "Panjshir", 4.0 / 10)]
    // kunduz: {"  k"," ku",kun,und,ndu,duz,"uz "}; konduz: {"  k"," ko",kon,ond,ndu,duz,"uz "}; common 4 → 4 / 10
    [InlineData("Kunduz", "Konduz", 4.0 / 10)]
    // imam sahib: imam (5) + sahib (6) = 11; imam saheb: 11; common imam (5) + {"  s"," sa",sah} = 8 → 8 / 14
    [InlineData("Imam Sahib", "Imam Saheb", 8.0 / 14)]
    // sher khan bandar: 5 + 5 + 7 = 17; sherkhan bandar: 9 + 7 = 16;
    // common {"  s"," sh",she,her,kha,han,"an "} + bandar (7) = 14 → 14 / 19
    [InlineData("Sher Khan Bandar", "Sherkhan Bandar", 14.0 / 19)]
    // case and punctuation are invisible to pg_trgm
    [InlineData("Qala-i-Zal", "qala i zal", 1.0)]
    // aaa: {"  a"," aa",aaa,"aa "}; aaaa yields aaa twice but sets count it once → identical sets
    [InlineData("aaa", "aaaa", 1.0)]
    // a: {"  a"," a "}; b: {"  b"," b "}
    [InlineData("a", "b", 0.0)]
    [InlineData("", "khorog", 0.0)]
    [InlineData("-", "-", 0.0)]
    public void Similarity_agrees_with_pg_trgm(string a, string b, double expected)
    {
        Assert.Equal(expected, Trigrams.Similarity(a, b), Tolerance);
        Assert.Equal(expected, Trigrams.Similarity(b, a), Tolerance);
    }

    [Fact]
    public void Cyrillic_words_are_words_too() =>
        Assert.Equal(1.0, Trigrams.Similarity("Хорог", "хорог"), Tolerance);
}
