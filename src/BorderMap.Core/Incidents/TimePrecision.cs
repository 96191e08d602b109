namespace BorderMap.Core.Incidents;

/// <summary>How exactly an incident's date is known.</summary>
public enum TimePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
}

public static class TimePrecisionNames
{
    public static string ToCode(this TimePrecision precision) => precision switch
    {
        TimePrecision.Day => "day",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "unknown time precision"),
    };

    public static TimePrecision? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "day" or "1" => TimePrecision.Day,
        "week" or "2" => TimePrecision.Week,
        "month" or "3" => TimePrecision.Month,
        _ => null,
    };
}
