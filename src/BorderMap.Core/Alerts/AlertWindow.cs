namespace BorderMap.Core.Alerts;

/// <summary>
/// One evaluation window of an alert rule: whole days [<see cref="Start"/>, <see cref="End"/>).
/// Incidents carry a date, not a time, so windows are whole days, and they are fixed: window k of
/// a rule whose window is d days covers days [k·d, (k+1)·d) counted from 1970-01-01. Fixed windows
/// give every incident exactly one window per rule, so "rule + window" is a stable identity that a
/// UNIQUE constraint can hold, and a late, back-dated incident lands in the same window it would
/// have landed in on time. The SQL function <c>alert_window_start</c> (migration V0006) is the same formula.
/// </summary>
public readonly record struct AlertWindow
{
    public static readonly DateOnly Epoch = new(1970, 1, 1);

    public AlertWindow(DateOnly start, int days)
    {
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(days), days, "a window is at least one day");
        if ((start.DayNumber - Epoch.DayNumber) % days != 0)
            throw new ArgumentException($"{start:yyyy-MM-dd} is not the start of a {days}-day window", nameof(start));
        Start = start;
        Days = days;
    }

    public DateOnly Start { get; }
    public int Days { get; }

    /// <summary>The first day after the window (exclusive end).</summary>
    public DateOnly End => Start.AddDays(Days);

    /// <summary>The window of <paramref name="days"/> days that holds <paramref name="date"/>.</summary>
    public static AlertWindow Containing(DateOnly date, int days)
    {
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(days), days, "a window is at least one day");
        var offset = date.DayNumber - Epoch.DayNumber;
        // Floor division, so dates before the epoch fall into the window that starts before them.
        var index = offset >= 0 ? offset / days : -((-offset + days - 1) / days);
        return new AlertWindow(Epoch.AddDays(index * days), days);
    }

    /// <summary>The window <paramref name="count"/> windows before this one.</summary>
    public AlertWindow Before(int count) => new(Start.AddDays(-count * Days), Days);

    public bool Contains(DateOnly date) => date >= Start && date < End;

    public override string ToString() => $"[{Start:yyyy-MM-dd}, {End:yyyy-MM-dd})";
}
