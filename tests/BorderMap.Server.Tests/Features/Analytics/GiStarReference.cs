namespace BorderMap.Server.Tests.Features.Analytics;

/// <summary>
/// Gi* written here a second time, from the papers rather than from the production code, to check
/// it against: general weights in O(n²), the normal tail by Simpson's rule, Benjamini–Hochberg by
/// ranks. Nothing here calls BorderMap.Core.
/// </summary>
public static class GiStarReference
{
    /// <summary>
    /// Ord and Getis (1995), eq. 13, with wᵢⱼ = 1 when the centres of i and j lie at most
    /// <paramref name="neighbourDistance"/> apart (i itself included), else 0:
    /// Gᵢ* = (Σⱼ wᵢⱼxⱼ − x̄ Σⱼ wᵢⱼ) / (S √((n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²) / (n − 1))), S² = Σⱼ xⱼ²/n − x̄².
    /// </summary>
    public static double[] ZScores(IReadOnlyList<(double X, double Y, double Value)> bins, double neighbourDistance)
    {
        var n = bins.Count;
        var mean = bins.Average(b => b.Value);
        var s = Math.Sqrt(bins.Sum(b => b.Value * b.Value) / n - mean * mean);
        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            double weighted = 0, weights = 0, squares = 0;
            for (var j = 0; j < n; j++)
            {
                var d = Math.Sqrt(Math.Pow(bins[i].X - bins[j].X, 2) + Math.Pow(bins[i].Y - bins[j].Y, 2));
                var w = d <= neighbourDistance ? 1.0 : 0.0;
                weighted += w * bins[j].Value;
                weights += w;
                squares += w * w;
            }
            z[i] = (weighted - mean * weights) / (s * Math.Sqrt((n * squares - weights * weights) / (n - 1)));
        }
        return z;
    }

    /// <summary>P(|Z| ≥ |z|) = 1 − 2∫₀^|z| φ(t) dt, the integral by Simpson's rule on 20,000 panels.</summary>
    public static double TwoSidedP(double z)
    {
        var a = Math.Abs(z);
        const int panels = 20_000;
        var h = a / panels;
        double Phi(double t) => Math.Exp(-t * t / 2) / Math.Sqrt(2 * Math.PI);
        var sum = Phi(0) + Phi(a);
        for (var k = 1; k < panels; k++) sum += (k % 2 == 1 ? 4 : 2) * Phi(k * h);
        return Math.Max(0, 1 - 2 * sum * h / 3);
    }

    /// <summary>Benjamini and Hochberg (1995): which tests are rejected at false discovery rate q.</summary>
    public static bool[] Rejected(IReadOnlyList<double> p, double q)
    {
        var order = Enumerable.Range(0, p.Count).OrderBy(i => p[i]).ToArray();
        var largest = 0;
        for (var rank = 1; rank <= order.Length; rank++)
            if (p[order[rank - 1]] <= rank * q / p.Count) largest = rank;
        var rejected = new bool[p.Count];
        for (var rank = 1; rank <= largest; rank++) rejected[order[rank - 1]] = true;
        return rejected;
    }

    /// <summary>ArcGIS's Gi_Bin: ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence, 0 otherwise, the sign of z.</summary>
    public static int[] Bins(IReadOnlyList<double> z, IReadOnlyList<double> p, bool fdr)
    {
        var levels = new[] { 0.10, 0.05, 0.01 };
        var significant = levels
            .Select(alpha => fdr ? Rejected(p, alpha) : p.Select(v => v < alpha).ToArray())
            .ToArray();
        return Enumerable.Range(0, z.Count)
            .Select(i => Math.Sign(z[i]) * significant.Count(level => level[i]))
            .ToArray();
    }
}
