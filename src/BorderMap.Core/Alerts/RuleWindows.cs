namespace BorderMap.Core.Alerts;

/// <summary>A window that meets its rule, with what it counted and the baseline it rose above.</summary>
public sealed record FiringWindow(WindowTally Tally, AlertDecision Decision);

/// <summary>
/// The window counts one check has gathered for one rule, and the decision over its candidate
/// windows. Counts come from the database; a window is known when it was counted, or when it lies
/// in a stretch counted completely (a full scan from <see cref="CompleteFrom"/> on, where a window
/// without a row held no incident). Baselines need the windows before a candidate, which a check
/// fetches first through <see cref="MissingBaselines"/>.
/// </summary>
public sealed class RuleWindows(AlertCondition condition, int windowDays)
{
    private readonly Dictionary<DateOnly, WindowTally> _tallies = [];

    public AlertCondition Condition { get; } = condition;
    public int WindowDays { get; } = windowDays;

    /// <summary>Windows starting on or after this date were all counted; absent ones are empty.</summary>
    public DateOnly? CompleteFrom { get; private set; }

    public IEnumerable<WindowTally> Tallies => _tallies.Values;

    public void Add(WindowTally tally)
    {
        if (tally.Window.Days != WindowDays)
            throw new ArgumentException($"a {tally.Window.Days}-day window does not belong to a rule of {WindowDays}-day windows", nameof(tally));
        _tallies[tally.Window.Start] = tally;
    }

    public void MarkCompleteFrom(DateOnly windowStart) => CompleteFrom = windowStart;

    public bool IsKnown(AlertWindow window) =>
        _tallies.ContainsKey(window.Start) || (CompleteFrom is { } from && window.Start >= from);

    public WindowTally TallyOf(AlertWindow window) =>
        _tallies.TryGetValue(window.Start, out var tally) ? tally
        : IsKnown(window) ? new WindowTally(window, 0, 0)
        : throw new InvalidOperationException($"window {window} was not counted");

    /// <summary>Whether the window's own count and fatalities meet the rule, before any baseline.</summary>
    public bool MeetsThresholds(AlertWindow window)
    {
        var tally = TallyOf(window);
        return tally.Count >= Condition.MinCount && (Condition.MinFatalities is not { } f || tally.Fatalities >= f);
    }

    /// <summary>The earlier windows that rise mode needs for these candidates and that are not known yet.</summary>
    public IReadOnlyList<AlertWindow> MissingBaselines(IEnumerable<AlertWindow> candidates)
    {
        if (Condition.Rise is not { } rise) return [];
        var missing = new HashSet<AlertWindow>();
        foreach (var candidate in candidates.Where(MeetsThresholds))
        {
            for (var k = 1; k <= rise.Windows; k++)
            {
                var before = candidate.Before(k);
                if (!IsKnown(before)) missing.Add(before);
            }
        }
        return missing.OrderBy(w => w.Start).ToList();
    }

    /// <summary>The candidates that fire, oldest first. Every baseline window must be known by now.</summary>
    public IReadOnlyList<FiringWindow> Firing(IEnumerable<AlertWindow> candidates)
    {
        var firing = new List<FiringWindow>();
        foreach (var candidate in candidates.Distinct().OrderBy(w => w.Start))
        {
            if (!MeetsThresholds(candidate)) continue;
            IReadOnlyList<int> previous = Condition.Rise is { } rise
                ? Enumerable.Range(1, rise.Windows).Select(k => TallyOf(candidate.Before(k)).Count).ToList()
                : [];
            var tally = TallyOf(candidate);
            var decision = Condition.Evaluate(tally, previous);
            if (decision.Fires) firing.Add(new FiringWindow(tally, decision));
        }
        return firing;
    }
}
