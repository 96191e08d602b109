using BorderMap.Core.Incidents;

namespace BorderMap.Core.Queries;

/// <summary>
/// The filters every incident listing shares (the API list, exports, OGC items, analytics), parsed
/// and checked before any SQL runs. Dates are inclusive.
/// </summary>
public sealed record IncidentQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public BoundingBox? Bbox { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string>? Types { get; init; }
    public string? Country { get; init; }
    public GeoPrecision? MinPrecision { get; init; }
    public NearFilter? Near { get; init; }
    public bool IncludeRetracted { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public IncidentCursor? After { get; init; }

    /// <summary>A canonical text of the filters (not the page position), so a cursor can be tied to the filters it was made for.</summary>
    public string FilterFingerprint() => string.Join('|',
        Bbox?.ToString() ?? "",
        From?.ToString("O") ?? "",
        To?.ToString("O") ?? "",
        Types is null ? "" : string.Join(',', Types.Order(StringComparer.Ordinal)),
        Country ?? "",
        MinPrecision is null ? "" : ((int)MinPrecision).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Near is null ? "" : FormattableString.Invariant($"{Near.Center.Lon},{Near.Center.Lat},{Near.RadiusM}"),
        IncludeRetracted ? "r" : "");
}
