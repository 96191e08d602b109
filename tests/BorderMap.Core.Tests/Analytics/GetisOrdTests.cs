using BorderMap.Core.Analytics;

namespace BorderMap.Core.Tests.Analytics;

public sealed class GetisOrdTests
{
    // Five bins in a row, each bin's neighbourhood itself and the bins either side of it.
    // n = 5, x̄ = 4, S = √(130/5 − 16) = √10. By hand, for the last bin (N = {3, 4}, m = 2):
    //   Gi* = (4 + 10 − 4·2) / (√10 · √((5·2 − 2²)/4)) = 6 / (√10 · √1.5) = 1.5491933384829668
    // and for the middle bin (N = {1, 2, 3}, m = 3):
    //   Gi* = (2 + 3 + 4 − 4·3) / (√10 · √((5·3 − 3²)/4)) = −3 / (√10 · √1.5) = −0.7745966692414834
    // Two-sided p = erfc(|z| / √2): 0.1213352503584821 and 0.4385780260809999.
    private static readonly double[] Values = [1, 2, 3, 4, 10];

    private static readonly IReadOnlyList<int>[] Row =
    [
        [0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4],
    ];

    [Fact]
    public void Gi_star_matches_the_hand_computed_z_scores_and_p_values()
    {
        var gi = GetisOrd.Compute(Values, Row);

        Assert.Equal(1.5491933384829668, gi[4].Z, 1e-12);
        Assert.Equal(-0.7745966692414834, gi[2].Z, 1e-12);
        Assert.Equal(0.1213352503584821, gi[4].P, 1e-6);
        Assert.Equal(0.4385780260809999, gi[2].P, 1e-6);
    }

    [Fact]
    public void A_bin_is_hot_only_when_its_p_value_is_below_alpha()
    {
        var gi = GetisOrd.Compute(Values, Row, alpha: 0.15);

        Assert.Equal(HotspotClass.Hot, gi[4].Class);
        Assert.Equal(HotspotClass.NotSignificant, gi[2].Class);
        Assert.Equal(HotspotClass.NotSignificant, GetisOrd.Compute(Values, Row, alpha: 0.05)[4].Class);
    }

    [Fact]
    public void A_strongly_empty_neighbourhood_among_busy_ones_is_cold()
    {
        double[] values = [9, 9, 9, 9, 0, 0, 0, 9, 9, 9, 9, 9, 9];
        var row = Enumerable.Range(0, values.Length)
            .Select(i => (IReadOnlyList<int>)Enumerable.Range(i - 1, 3).Where(j => j >= 0 && j < values.Length).ToList())
            .ToArray();

        var gi = GetisOrd.Compute(values, row);

        Assert.Equal(HotspotClass.Cold, gi[5].Class);
        Assert.True(gi[5].Z < -1.96);
    }

    [Fact]
    public void Equal_counts_everywhere_make_nothing_significant()
    {
        var gi = GetisOrd.Compute([3, 3, 3, 3, 3], Row);

        Assert.All(gi, g => Assert.Equal(HotspotClass.NotSignificant, g.Class));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    public void The_two_sided_p_value_is_the_normal_tail(double z, double p) =>
        Assert.Equal(p, GetisOrd.TwoSidedP(z), 1e-7);

    [Fact]
    public void Benjamini_Hochberg_rejects_up_to_the_largest_rank_under_its_line()
    {
        // m = 10, q = 0.05: the line k·q/m is 0.005, 0.010, 0.015, …; p₍₂₎ = 0.008 is the last under it.
        double[] p = [0.205, 0.001, 0.039, 0.041, 0.008, 0.042, 0.060, 0.074, 0.212, 0.216];

        Assert.Equal(0.008, FalseDiscoveryRate.Threshold(p, 0.05));
        Assert.Equal(-1, FalseDiscoveryRate.Threshold([0.5, 0.9], 0.05));
    }

    [Fact]
    public void Confidence_bins_are_signed_levels_and_fdr_only_ever_removes_significance()
    {
        double[] values = [9, 9, 9, 9, 0, 0, 0, 9, 9, 9, 9, 9, 9, 14, 15, 16];
        var row = Enumerable.Range(0, values.Length)
            .Select(i => (IReadOnlyList<int>)Enumerable.Range(i - 1, 3).Where(j => j >= 0 && j < values.Length).ToList())
            .ToArray();

        var plain = GetisOrd.Compute(values, row);
        var corrected = GetisOrd.Compute(values, row, fdr: true);

        Assert.All(plain, g => Assert.Equal(
            Math.Sign(g.Z) * (g.P < 0.01 ? 3 : g.P < 0.05 ? 2 : g.P < 0.10 ? 1 : 0), g.Bin));
        Assert.Equal(-3, plain[5].Bin);
        Assert.Equal(99, plain[5].Confidence);
        Assert.All(plain.Zip(corrected), pair => Assert.True(Math.Abs(pair.Second.Bin) <= Math.Abs(pair.First.Bin)));
        Assert.All(corrected, g => Assert.Equal(g.Bin <= -2 ? HotspotClass.Cold : g.Bin >= 2 ? HotspotClass.Hot : HotspotClass.NotSignificant, g.Class));
    }
}
