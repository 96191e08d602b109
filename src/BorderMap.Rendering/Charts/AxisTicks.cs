namespace BorderMap.Rendering.Charts;

/// <summary>Round tick steps for a value axis starting at zero ("nice numbers", Heckbert 1990).</summary>
public readonly record struct AxisTicks(double Step, double Max)
{
    public int Count => (int)Math.Round(Max / Step);

    /// <summary>
    /// The smallest 1, 2, 2.5 or 5 × 10ⁿ step that covers <paramref name="dataMax"/> in at most
    /// <paramref name="maxTicks"/> intervals. Counts never get fractional steps.
    /// </summary>
    public static AxisTicks For(double dataMax, int maxTicks = 5, bool integers = true)
    {
        if (!double.IsFinite(dataMax) || dataMax < 0) throw new ArgumentOutOfRangeException(nameof(dataMax), dataMax, "axis maximum must be a finite, non-negative number");
        if (maxTicks < 1) throw new ArgumentOutOfRangeException(nameof(maxTicks), maxTicks, "an axis needs at least one interval");
        if (dataMax == 0) return new AxisTicks(1, 1);
        var raw = dataMax / maxTicks;
        if (integers && raw <= 1) return new AxisTicks(1, Math.Ceiling(dataMax));
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }
            .Select(m => m * magnitude)
            .Where(s => !integers || s == Math.Floor(s))
            .First(s => s >= raw * (1 - 1e-12));
        return new AxisTicks(step, Math.Ceiling(dataMax / step - 1e-9) * step);
    }
}
