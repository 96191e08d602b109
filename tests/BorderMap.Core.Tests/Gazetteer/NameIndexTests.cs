using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class NameIndexTests
{
    private static NameIndex Index => BorderPlaces.Index;

    [Theory]
    // query, the wrong place it must not resolve to, the right place (or "-" when the index lacks it)
    [InlineData("Panjshir", "tj.panj", "af.panjshir")]
    [InlineData("Kulob", "tj.qalaikhum", "tj.kulob")]
    [InlineData("Rustaq", "tj.rushon", "af.rustaq")]
    [InlineData("Rushan", "af.rustaq", "tj.rushon")]
    [InlineData("Qala-i-Zal", "tj.qalaikhum", "af.qala_i_zal")]
    [InlineData("Panji Poyon", "tj.panj", "tj.panji_poyon")]
    [InlineData("Vanj", "tj.panj", "tj.vanj")]
    [InlineData("Yangi Qala", "af.dasht_i_qala", "af.yangi_qala")]
    [InlineData("Shighnan", "tj.shughnon", "af.shighnan")]
    [InlineData("Darwaz", "tj.darvoz", "af.darwaz")]
    [InlineData("Darvoz", "af.darwaz", "tj.darvoz")]
    [InlineData("Eshkashem", "tj.ishkoshim", "af.eshkashem")]
    [InlineData("Khorasan", "tj.khorugh", "-")]
    [InlineData("Kabul", "tj.kulob", "-")]
    [InlineData("Hamadan", "tj.hamadoni", "-")]
    [InlineData("Termez", "tj.farkhor", "-")]
    public void A_name_does_not_resolve_to_a_place_it_merely_resembles(string query, string wrong, string right)
    {
        var candidates = Index.Lookup(query);

        if (right == "-")
        {
            // Without the right place in the index, the wrong one may at most be offered as a fuzzy guess.
            Assert.DoesNotContain(candidates, c => c.PlaceId == wrong && c.Match.Kind != MatchKind.Fuzzy);
        }
        else
        {
            Assert.NotEmpty(candidates);
            Assert.Equal(right, candidates[0].PlaceId);
            Assert.NotEqual(wrong, candidates[0].PlaceId);
        }
    }

    [Theory]
    [InlineData("Khorasan", "tj.khorugh")]
    [InlineData("Kabul", "tj.kulob")]
    [InlineData("Termez", "tj.farkhor")]
    public void A_name_far_from_every_place_finds_no_candidate_at_the_default_threshold(string query, string wrong) =>
        Assert.DoesNotContain(Index.Lookup(query), c => c.PlaceId == wrong);

    [Fact]
    public void Places_across_the_river_that_share_a_name_are_both_candidates()
    {
        var candidates = Index.Lookup("Darvaz");
        Assert.Equal("tj.darvoz", candidates[0].PlaceId);
        Assert.Equal(MatchKind.Alternate, candidates[0].Match.Kind);
        Assert.Equal("af.darwaz", candidates[1].PlaceId);
        Assert.Equal(MatchKind.Transliterated, candidates[1].Match.Kind);
    }

    [Fact]
    public void A_match_key_looks_up_its_places_directly()
    {
        Assert.Equal(
            new[] { "tj.ishkoshim", "af.eshkashem" }.Order(),
            Index.PlacesWithKey(VariantFolder.MatchKey("Ishkashim")).Order());
        Assert.Empty(Index.PlacesWithKey("no such key"));
    }

    [Fact]
    public void Each_place_appears_once_with_its_best_match()
    {
        var candidates = Index.Lookup("Khorog");
        Assert.Single(candidates, c => c.PlaceId == "tj.khorugh");
        Assert.Equal("Khorog", candidates.Single(c => c.PlaceId == "tj.khorugh").Match.MatchedName);
    }

    [Fact]
    public void Candidates_come_best_first_and_no_more_than_asked()
    {
        var candidates = Index.Lookup("Panj", maxCandidates: 2);
        Assert.Equal(2, candidates.Count);
        Assert.True(candidates[0].Match.Score >= candidates[1].Match.Score);
    }

    [Fact]
    public void Fuzzy_candidates_can_be_switched_off_by_the_threshold() =>
        Assert.Empty(Index.Lookup("Farkor", minFuzzySimilarity: 1.01));

    [Theory]
    [InlineData("")]
    [InlineData(" ' ")]
    public void An_empty_query_finds_nothing(string query) => Assert.Empty(Index.Lookup(query));

    [Fact]
    public void The_index_counts_its_places_and_names()
    {
        var names = BorderPlaces.Names().ToArray();
        Assert.Equal(names.Select(n => n.PlaceId).Distinct().Count(), Index.PlaceCount);
        Assert.Equal(names.Length, Index.NameCount);
    }

    [Fact]
    public void Names_that_normalise_to_nothing_are_not_indexed()
    {
        var index = new NameIndex([new PlaceName("x", "-", NameKind.Alternate), new PlaceName("x", "Langar", NameKind.Official)]);
        Assert.Equal(1, index.NameCount);
        Assert.Equal("x", index.Lookup("Лангар")[0].PlaceId);
    }

    [Fact]
    public void Lookups_may_run_concurrently()
    {
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Index.Lookup(i % 2 == 0 ? "Пяндж" : "Qunduz")[0].PlaceId);
        Assert.All(results.Where((_, i) => i % 2 == 0), id => Assert.Equal("tj.panj", id));
        Assert.All(results.Where((_, i) => i % 2 == 1), id => Assert.Equal("af.kunduz", id));
    }
}
