using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class NameMatcherTests
{
    private static readonly CandidateName[] s_khorugh =
    [
        new("Khorugh", NameKind.Official),
        new("Khorog", NameKind.Alternate),
        new("خاروغ", NameKind.Alternate),
        new("Khorogh", NameKind.Transliterated),
    ];

    private static readonly CandidateName[] s_jaloliddiniBalkhi =
    [
        new("Jaloliddini Balkhi", NameKind.Official),
        new("Kolkhozobod", NameKind.Historic),
    ];

    [Fact]
    public void The_official_name_in_any_case_is_an_exact_match_scoring_one()
    {
        var match = NameMatcher.Match("KHORUGH", s_khorugh);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Exact, match.Kind);
        Assert.Equal(1.0, match.Score);
        Assert.Equal("Khorugh", match.MatchedName);
    }

    [Fact]
    public void A_persian_alternate_typed_with_arabic_letters_is_an_alternate_match()
    {
        var match = NameMatcher.Match("خاروغ", s_khorugh);
        Assert.Equal(MatchKind.Alternate, match?.Kind);
        Assert.Equal(0.95, match!.Score);
    }

    [Fact]
    public void A_recorded_romanisation_is_a_transliterated_match() =>
        Assert.Equal(MatchKind.Transliterated, NameMatcher.Match("Khorogh", s_khorugh)?.Kind);

    [Fact]
    public void A_cyrillic_spelling_nobody_recorded_matches_through_the_key_below_recorded_names()
    {
        var match = NameMatcher.Match("Хоруғ", s_khorugh);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Transliterated, match.Kind);
        Assert.InRange(match.Score, 0.80, 0.85);
    }

    [Fact]
    public void A_soviet_era_name_in_a_new_spelling_is_a_historic_match()
    {
        var match = NameMatcher.Match("Kolkhozabad", s_jaloliddiniBalkhi);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Historic, match.Kind);
        Assert.Equal(NameKind.Historic, match.MatchedNameKind);
        Assert.InRange(match.Score, 0.75, 0.80);
    }

    [Fact]
    public void A_misspelling_is_a_fuzzy_match_below_every_key_match()
    {
        var match = NameMatcher.Match("Kolkhozobd", s_jaloliddiniBalkhi);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Fuzzy, match.Kind);
        Assert.InRange(match.Score, 0.0, 0.70);
    }

    [Fact]
    public void An_unrelated_name_does_not_match() =>
        Assert.Null(NameMatcher.Match("Khorasan", s_khorugh));

    [Fact]
    public void The_fuzzy_threshold_is_the_callers_choice()
    {
        // Khorasan and Khorog fold to keys with pg_trgm similarity 0.4: below the default, above pg_trgm's 0.3.
        Assert.Equal(0.4, NameMatcher.FuzzySimilarity(VariantFolder.MatchKey("Khorasan"), VariantFolder.MatchKey("Khorog")), 1e-9);
        Assert.Equal(MatchKind.Fuzzy, NameMatcher.Match("Khorasan", s_khorugh, minFuzzySimilarity: 0.3)?.Kind);
    }

    [Fact]
    public void One_slip_in_a_short_key_counts_more_than_its_trigrams_say()
    {
        // farkar {"  f"," fa",far,ark,rka,kar,"ar "} and farxar {"  f"," fa",far,arx,rxa,xar,"ar "}
        // share 4 of 10 trigrams.
        Assert.Equal(0.4, Trigrams.Similarity("farkar", "farxar"), 1e-9);
        Assert.Equal(1 - 1.0 / 6, NameMatcher.FuzzySimilarity("farkar", "farxar"), 1e-9);
    }

    [Fact]
    public void Two_slips_in_a_short_key_are_left_to_trigrams()
    {
        // rastak / rashan (Rustaq / Rushan) are two substitutions apart: {"  r"," ra",ras} of 11 trigrams.
        Assert.Equal(3.0 / 11, NameMatcher.FuzzySimilarity("rastak", "rashan"), 1e-9);
    }

    [Fact]
    public void Scores_rank_exact_over_alternate_over_transliterated_over_historic_over_fuzzy()
    {
        CandidateName[] names =
        [
            new("Bokhtar", NameKind.Official),
            new("Бохтар", NameKind.Alternate),
            new("Bakhtar", NameKind.Transliterated),
            new("Qurghonteppa", NameKind.Historic),
        ];
        double Score(string query) => NameMatcher.Match(query, names)!.Score;

        Assert.True(Score("Bokhtar") > Score("бохтар"));
        Assert.True(Score("бохтар") > Score("Bakhtar"));
        Assert.True(Score("Bakhtar") > Score("Qurghonteppa"));
        Assert.True(Score("Qurghonteppa") > Score("Bokhtor"));
        Assert.True(Score("Bokhtor") > Score("Kurgonteppa"));
        Assert.True(Score("Kurgonteppa") > Score("Bokhtr"));
    }

    [Fact]
    public void An_empty_query_matches_nothing() => Assert.Null(NameMatcher.Match(" - ", s_khorugh));
}
