namespace BorderMap.Core.Analytics;

/// <summary>How a timeline counts incidents whose date is known only to the week or the month.</summary>
public enum CoarseDates
{
    /// <summary>
    /// In the interval's bucket when the incident's whole week or month lies inside it, else in a
    /// bucket of the incident's own precision, listed apart: no count is put on a day it may not
    /// have happened, and every count stays a whole number.
    /// </summary>
    Own,

    /// <summary>Spread evenly over the days of its week or month: 1/7 or 1/31 of an incident a day, cut to the period.</summary>
    Spread,
}
