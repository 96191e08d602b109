namespace BorderMap.Core.Alerts;

/// <summary>What an alert rule counted in one window: active incidents and their summed fatalities.</summary>
public readonly record struct WindowTally(AlertWindow Window, int Count, int Fatalities);

/// <summary>
/// "Rise vs baseline" mode, as ACLED's Trendfinder bands: the count of this window against the mean
/// count of the <see cref="Windows"/> windows before it, firing when the rise is above <see cref="Percent"/>.
/// </summary>
public sealed record RiseOverBaseline(int Windows, double Percent)
{
    public const int MaxWindows = 52;
}

/// <summary>Whether a window fires, and the baseline it was measured against when the rule has one.</summary>
public sealed record AlertDecision(bool Fires, double? BaselineAverage, double? RisePercent);

/// <summary>
/// The thresholds of an alert rule. A window fires when it holds at least <see cref="MinCount"/>
/// incidents, their fatalities add up to at least <see cref="MinFatalities"/> (when set), and, in
/// rise mode, its count is more than <see cref="RiseOverBaseline.Percent"/> above the baseline mean.
/// A baseline of zero makes any count an unbounded rise.
/// </summary>
public sealed record AlertCondition(int MinCount, int? MinFatalities, RiseOverBaseline? Rise)
{
    /// <param name="tally">the window being decided</param>
    /// <param name="previousCounts">counts of the windows before it, nearest first; only read in rise mode and must then hold <see cref="RiseOverBaseline.Windows"/> values</param>
    public AlertDecision Evaluate(WindowTally tally, IReadOnlyList<int> previousCounts)
    {
        var meets = tally.Count >= MinCount && (MinFatalities is not { } f || tally.Fatalities >= f);
        if (Rise is not { } rise)
            return new AlertDecision(meets, null, null);

        if (previousCounts.Count != rise.Windows)
            throw new ArgumentException($"rise mode needs the counts of {rise.Windows} previous windows, got {previousCounts.Count}", nameof(previousCounts));
        var baseline = previousCounts.Average();
        double? risePercent = baseline == 0 ? null : (tally.Count - baseline) / baseline * 100;
        var rises = baseline == 0 ? tally.Count > 0 : risePercent > rise.Percent;
        return new AlertDecision(meets && rises, baseline, risePercent is { } r ? Math.Round(r, 1) : null);
    }
}
