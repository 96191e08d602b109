using System.Text.Json.Serialization;
using BorderMap.Core.Validation;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Incidents;

/// <summary>
/// An incident as a client sends it (POST, and the merged document of a PATCH). Everything is
/// optional here so that <see cref="Validate"/> can name every missing or wrong field at once.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record IncidentInput
{
    public string? Date { get; init; }
    public string? TimePrecision { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Actors { get; init; }
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public Geometry? Geometry { get; init; }
    public string? PlaceName { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Country { get; init; }
    public int? GeoPrecision { get; init; }
    public double? Confidence { get; init; }
    public int? UncertaintyM { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Notes { get; init; }

    public const int MaxNameLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxListItems = 20;
    public const int MaxCount = 100_000;

    /// <summary>True when the client named a place but gave no coordinates: the geocoder's job.</summary>
    [JsonIgnore]
    public bool NeedsGeocoding => Geometry is null && !string.IsNullOrWhiteSpace(PlaceName);

    /// <summary>Checks every field and returns the draft, or throws <see cref="InputValidationException"/> naming each bad field.</summary>
    public IncidentDraft Validate(DateOnly today)
    {
        var errors = new FieldErrors();

        var date = ParseDate(errors, today);
        var timePrecision = Incidents.TimePrecisionNames.Parse(TimePrecision ?? "day");
        if (timePrecision is null) errors.Add("timePrecision", "must be one of day, week, month");

        var eventType = Incidents.EventType.Find(EventType);
        if (string.IsNullOrWhiteSpace(EventType)) errors.Add("eventType", "is required");
        else if (eventType is null) errors.Add("eventType", $"'{Truncate(EventType)}' is not an ACLED event type; use one of {string.Join(", ", Incidents.EventType.All.Select(t => t.Code))}");

        SubEventType? subType = null;
        if (!string.IsNullOrWhiteSpace(SubEventType) && eventType is not null)
        {
            subType = eventType.FindSubType(SubEventType);
            if (subType is null) errors.Add("subEventType", $"'{Truncate(SubEventType)}' is not a sub-event type of {eventType.Code}");
        }

        var tags = List(errors, "tags", Tags, 40);
        foreach (var tag in tags.Where(t => !BorderTag.All.Contains(t)))
            errors.Add("tags", $"'{Truncate(tag)}' is not a border tag; use {string.Join(", ", BorderTag.All.Order())}");
        var actors = List(errors, "actors", Actors, MaxNameLength);

        if (Fatalities is < 0 or > MaxCount) errors.Add("fatalities", $"must be between 0 and {MaxCount}");
        if (Injured is < 0 or > MaxCount) errors.Add("injured", $"must be between 0 and {MaxCount}");

        var location = ParseLocation(errors);
        if (GeoPrecision is not null and not (1 or 2 or 3)) errors.Add("geoPrecision", "must be 1 (place), 2 (district or near a place) or 3 (province or border)");
        var country = Country is null ? null : Countries.Normalise(Country);
        if (Country is not null && country is null) errors.Add("country", $"must be one of {string.Join(", ", Countries.Region)}");
        if (Confidence is not null && !(double.IsFinite(Confidence.Value) && Confidence is >= 0 and <= 1)) errors.Add("confidence", "must be a number between 0 and 1");
        if (UncertaintyM is < 0 or > 1_000_000) errors.Add("uncertaintyM", "must be between 0 and 1000000 metres");

        var placeName = errors.Text("placeName", PlaceName, MaxNameLength, singleLine: true);
        var admin1 = errors.Text("admin1", Admin1, MaxNameLength, singleLine: true);
        var admin2 = errors.Text("admin2", Admin2, MaxNameLength, singleLine: true);
        var source = errors.Text("source", Source, 500, singleLine: true);
        var sourceUrl = errors.Text("sourceUrl", SourceUrl, 2000, singleLine: true);
        if (sourceUrl is not null && !(Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add("sourceUrl", "must be an absolute http or https URL");
        var notes = errors.Text("notes", Notes, MaxNotesLength);
        // The same day of grace as the incident's date: a report published "tomorrow" in a time zone east of UTC is not in the future.
        if (Published is { } published && DateOnly.FromDateTime(published.UtcDateTime) > today.AddDays(1))
            errors.Add("published", "is in the future");

        if (errors.Any)
            throw new InputValidationException("The incident is not valid.", errors);

        return new IncidentDraft
        {
            Date = date!.Value,
            TimePrecision = timePrecision!.Value,
            EventType = eventType!,
            SubEventType = subType,
            Tags = tags,
            Actors = actors,
            Fatalities = Fatalities,
            Injured = Injured,
            Location = location!.Value,
            PlaceName = placeName,
            Admin1 = admin1,
            Admin2 = admin2,
            Country = country,
            GeoPrecision = (GeoPrecision)(this.GeoPrecision ?? 1),
            Confidence = Confidence,
            UncertaintyM = UncertaintyM,
            Source = source,
            SourceUrl = sourceUrl,
            Published = Published,
            Notes = notes,
        };
    }

    /// <summary>The input that reproduces a stored draft: the base document a PATCH is merged into.</summary>
    public static IncidentInput From(IncidentDraft draft) => new()
    {
        Date = draft.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        TimePrecision = draft.TimePrecision.ToCode(),
        EventType = draft.EventType.Code,
        SubEventType = draft.SubEventType?.Code,
        Tags = draft.Tags,
        Actors = draft.Actors,
        Fatalities = draft.Fatalities,
        Injured = draft.Injured,
        Geometry = new Point(draft.Location.Lon, draft.Location.Lat),
        PlaceName = draft.PlaceName,
        Admin1 = draft.Admin1,
        Admin2 = draft.Admin2,
        Country = draft.Country,
        GeoPrecision = (int)draft.GeoPrecision,
        Confidence = draft.Confidence,
        UncertaintyM = draft.UncertaintyM,
        Source = draft.Source,
        SourceUrl = draft.SourceUrl,
        Published = draft.Published,
        Notes = draft.Notes,
    };

    private DateOnly? ParseDate(FieldErrors errors, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Date))
        {
            errors.Add("date", "is required (YYYY-MM-DD)");
            return null;
        }
        if (!DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            errors.Add("date", "must be a calendar date in the form YYYY-MM-DD");
            return null;
        }
        if (date > today.AddDays(1)) errors.Add("date", "is in the future");
        if (date.Year < 1900) errors.Add("date", "is before 1900");
        return date;
    }

    private GeoPoint? ParseLocation(FieldErrors errors)
    {
        switch (Geometry)
        {
            case null when NeedsGeocoding:
                errors.Add("geometry", "is required: geocoding a place name without coordinates is not available yet");
                return null;
            case null:
                errors.Add("geometry", "is required (a GeoJSON Point with [longitude, latitude])");
                return null;
            case Point point:
                var ok = true;
                if (!GeoPoint.IsValidLongitude(point.X)) { errors.Add("geometry", "longitude must be a finite number in [-180, 180]"); ok = false; }
                if (!GeoPoint.IsValidLatitude(point.Y)) { errors.Add("geometry", "latitude must be a finite number in [-90, 90]"); ok = false; }
                return ok ? new GeoPoint(point.X, point.Y) : null;
            default:
                errors.Add("geometry", $"must be a GeoJSON Point, not a {Geometry.GeometryType}");
                return null;
        }
    }

    private static IReadOnlyList<string> List(FieldErrors errors, string field, IReadOnlyList<string>? values, int maxLength)
    {
        if (values is null) return [];
        if (values.Count > MaxListItems)
        {
            errors.Add(field, $"holds more than {MaxListItems} items");
            return [];
        }
        var clean = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (errors.Text(field, value, maxLength, singleLine: true) is { } text && !clean.Contains(text, StringComparer.Ordinal))
                clean.Add(text);
        }
        return clean;
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
