namespace BorderMap.Core.Incidents;

/// <summary>The countries an incident near the Tajik–Afghan border can lie in (ISO 3166-1 alpha-2).</summary>
public static class Countries
{
    public const string Tajikistan = "TJ";
    public const string Afghanistan = "AF";

    public static IReadOnlySet<string> Region { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Tajikistan, Afghanistan, "UZ", "TM", "KG", "CN", "PK" };

    public static string? Normalise(string? code) =>
        code?.Trim().ToUpperInvariant() is { } upper && Region.Contains(upper) ? upper : null;
}
