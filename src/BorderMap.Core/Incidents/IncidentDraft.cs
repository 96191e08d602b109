namespace BorderMap.Core.Incidents;

/// <summary>A validated incident as an editor or the geoparser states it, before it is stored.</summary>
public sealed record IncidentDraft
{
    public required DateOnly Date { get; init; }
    public TimePrecision TimePrecision { get; init; } = TimePrecision.Day;
    public required EventType EventType { get; init; }
    public SubEventType? SubEventType { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Actors { get; init; } = [];
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public required GeoPoint Location { get; init; }
    public string? PlaceName { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Country { get; init; }
    public GeoPrecision GeoPrecision { get; init; } = GeoPrecision.Place;
    public double? Confidence { get; init; }
    public int? UncertaintyM { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Notes { get; init; }
    public bool Synthetic { get; init; }
}

public enum IncidentStatus
{
    Active,
    Merged,
    Retracted,
}

/// <summary>Where an incident sits relative to the Tajik–Afghan border line.</summary>
public sealed record BorderContext(string? Side, double? DistanceM, string? SegmentId, string? NearestCrossingId, double? NearestCrossingM);

/// <summary>A stored incident: the draft plus identity, status, revision and who wrote it.</summary>
public sealed record Incident(
    long Id,
    IncidentDraft Draft,
    BorderContext? Border,
    IncidentStatus Status,
    int Revision,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
