namespace BorderMap.Core.Analytics;

/// <summary>Whether a bin is a statistically significant cluster of high or of low counts.</summary>
public enum HotspotClass
{
    NotSignificant,
    Hot,
    Cold,
}

/// <summary>A bin's Gi* z-score, its two-sided p-value and what they mean at the chosen level.</summary>
public readonly record struct GiStar(double Z, double P, HotspotClass Class);

/// <summary>
/// The Getis–Ord Gi* statistic (Getis and Ord 1992; Ord and Getis 1995) with binary weights: each
/// bin's neighbourhood is itself and the bins adjacent to it. For bin i with neighbourhood Nᵢ of
/// size mᵢ, over n bins with mean x̄ and S = √(Σx²/n − x̄²):
/// Gᵢ* = (Σ_{j∈Nᵢ} xⱼ − x̄·mᵢ) / (S·√((n·mᵢ − mᵢ²) / (n − 1))), read as a standard normal z-score.
/// </summary>
public static class GetisOrd
{
    /// <param name="values">The count in each bin of the study area, empty bins included.</param>
    /// <param name="neighbourhoods">For each bin, the indexes of its neighbourhood, itself included.</param>
    /// <param name="alpha">The two-sided significance level, e.g. 0.05.</param>
    public static GiStar[] Compute(IReadOnlyList<double> values, IReadOnlyList<IReadOnlyList<int>> neighbourhoods, double alpha = 0.05)
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

        for (var i = 0; i < n; i++)
        {
            var neighbourhood = neighbourhoods[i];
            double local = 0;
            foreach (var j in neighbourhood) local += values[j];
            double m = neighbourhood.Count;
            var denominator = s * Math.Sqrt((n * m - m * m) / (n - 1));
            // Every bin equal, or a neighbourhood that is the whole area: nothing stands out.
            if (!(denominator > 0))
            {
                result[i] = new GiStar(0, 1, HotspotClass.NotSignificant);
                continue;
            }
            var z = (local - mean * m) / denominator;
            var p = TwoSidedP(z);
            var kind = p >= alpha ? HotspotClass.NotSignificant : z > 0 ? HotspotClass.Hot : HotspotClass.Cold;
            result[i] = new GiStar(z, p, kind);
        }
        return result;
    }

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
