namespace BorderMap.Core.Analytics;

/// <summary>
/// The Benjamini–Hochberg step-up procedure (Benjamini and Hochberg 1995): of m tests with
/// p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎, reject those up to the largest k with p₍ₖ₎ ≤ k·q/m. Over many
/// simultaneous tests (a hexagon each) it keeps the expected share of false discoveries among the
/// significant ones at most q, where testing each at q alone would call about q·m of them by chance.
/// </summary>
public static class FalseDiscoveryRate
{
    /// <summary>The largest p-value that is rejected at rate <paramref name="q"/>; −1 when none is (no p-value passes).</summary>
    public static double Threshold(IReadOnlyList<double> pValues, double q)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var sorted = pValues.Where(p => !double.IsNaN(p)).Order().ToArray();
        var m = sorted.Length;
        for (var k = m; k >= 1; k--)
        {
            if (sorted[k - 1] <= k * q / m) return sorted[k - 1];
        }
        return -1;
    }
}
