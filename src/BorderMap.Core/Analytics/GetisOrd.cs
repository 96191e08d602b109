namespace BorderMap.Core.Analytics;

/// <summary>Whether a bin is a statistically significant cluster of high or of low counts.</summary>
public enum HotspotClass
{
    NotSignificant,
    Hot,
    Cold,
}

/// <summary>
/// A bin's Gi* z-score, its two-sided p-value, its confidence bin as ArcGIS's Hot Spot Analysis
/// writes it (Gi_Bin: ±3, ±2, ±1 for hot/cold at 99, 95, 90 % confidence, 0 not significant) and
/// its class at the chosen significance level.
/// </summary>
public readonly record struct GiStar(double Z, double P, int Bin, HotspotClass Class)
{
    /// <summary>The confidence, in percent, that <see cref="Bin"/> stands for: 99, 95, 90, or 0 when not significant.</summary>
    public int Confidence => Math.Abs(Bin) switch { 3 => 99, 2 => 95, 1 => 90, _ => 0 };
}

/// <summary>
/// The Getis–Ord Gi* statistic (Getis and Ord 1992; Ord and Getis 1995) with binary weights: each
/// bin's neighbourhood is itself and the bins adjacent to it. For bin i with neighbourhood Nᵢ of
/// size mᵢ, over n bins with mean x̄ and S = √(Σx²/n − x̄²):
/// Gᵢ* = (Σ_{j∈Nᵢ} xⱼ − x̄·mᵢ) / (S·√((n·mᵢ − mᵢ²) / (n − 1))), read as a standard normal z-score.
/// With <c>fdr</c>, a bin is significant at level α only when its p-value passes the
/// Benjamini–Hochberg step-up procedure at α over all n bins (as ArcGIS's "Apply False Discovery
/// Rate (FDR) Correction" does for its 90/95/99 % bins); without it, when p &lt; α.
/// </summary>
public static class GetisOrd
{
    /// <summary>The significance levels of ArcGIS's confidence bins, from bin 1 (90 %) to bin 3 (99 %).</summary>
    public static IReadOnlyList<double> BinLevels { get; } = [0.10, 0.05, 0.01];

    /// <param name="values">The count in each bin of the study area, empty bins included.</param>
    /// <param name="neighbourhoods">For each bin, the indexes of its neighbourhood, itself included.</param>
    /// <param name="alpha">The two-sided significance level of <see cref="GiStar.Class"/>, e.g. 0.05.</param>
    /// <param name="fdr">Control the false discovery rate (Benjamini–Hochberg) instead of testing each bin alone.</param>
    public static GiStar[] Compute(IReadOnlyList<double> values, IReadOnlyList<IReadOnlyList<int>> neighbourhoods, double alpha = 0.05, bool fdr = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        if (values.Count != neighbourhoods.Count)
            throw new ArgumentException($"{values.Count} values but {neighbourhoods.Count} neighbourhoods", nameof(neighbourhoods));

        var n = values.Count;
        var result = new GiStar[n];
        if (n < 2) return result;
        double sum = 0, sumSquares = 0;
        foreach (var x in values)
        {
            sum += x;
            sumSquares += x * x;
        }
        var mean = sum / n;
        var s = Math.Sqrt(Math.Max(0, sumSquares / n - mean * mean));

        var z = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            var neighbourhood = neighbourhoods[i];
            double local = 0;
            foreach (var j in neighbourhood) local += values[j];
            double m = neighbourhood.Count;
            var denominator = s * Math.Sqrt((n * m - m * m) / (n - 1));
            // Every bin equal, or a neighbourhood that is the whole area: nothing stands out.
            z[i] = denominator > 0 ? (local - mean * m) / denominator : 0;
            p[i] = denominator > 0 ? TwoSidedP(z[i]) : 1;
        }

        var cut = Cutoff(p, alpha, fdr);
        var binCuts = BinLevels.Select(level => Cutoff(p, level, fdr)).ToArray();
        for (var i = 0; i < n; i++)
        {
            var level = binCuts.Count(c => Passes(p[i], c, fdr));
            var sign = Math.Sign(z[i]);
            var kind = !Passes(p[i], cut, fdr) || sign == 0 ? HotspotClass.NotSignificant : sign > 0 ? HotspotClass.Hot : HotspotClass.Cold;
            result[i] = new GiStar(z[i], p[i], sign * level, kind);
        }
        return result;
    }

    /// <summary>The p-value a bin must stay below (without FDR) or at (with it) to be significant at <paramref name="alpha"/>.</summary>
    private static double Cutoff(double[] p, double alpha, bool fdr) => fdr ? FalseDiscoveryRate.Threshold(p, alpha) : alpha;

    private static bool Passes(double p, double cutoff, bool fdr) => fdr ? p <= cutoff : p < cutoff;

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z.</summary>
    public static double TwoSidedP(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>
    /// The complementary error function by its Chebyshev-fitted exponential form (Press et al.,
    /// Numerical Recipes, "erfcc"): relative error below 1.2 × 10⁻⁷ everywhere.
    /// </summary>
    internal static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
            + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
