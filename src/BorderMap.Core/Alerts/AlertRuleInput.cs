using System.Globalization;
using System.Text.Json.Serialization;
using BorderMap.Core.Border;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace BorderMap.Core.Alerts;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AlertAreaInput
{
    public Geometry? Geometry { get; init; }
    public double? BufferKm { get; init; }
    public string? SegmentId { get; init; }
    public string? CrossingId { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BaselineInput
{
    public int? Windows { get; init; }
    public double? RisePercent { get; init; }
}

/// <summary>
/// An alert rule as a client sends it (POST and PUT). Everything is optional here so that
/// <see cref="Validate"/> names every missing or wrong field at once.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AlertRuleInput
{
    public string? Name { get; init; }
    public AlertAreaInput? Area { get; init; }
    public IReadOnlyList<string>? EventTypes { get; init; }
    public int? MinCount { get; init; }
    public int? WindowHours { get; init; }
    public int? MinFatalities { get; init; }
    public BaselineInput? Baseline { get; init; }
    public string? Severity { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookSecret { get; init; }
    public int? CooldownMinutes { get; init; }
    public bool? Enabled { get; init; }

    public const int MaxWindowHours = 366 * 24;
    public const int MaxPolygonPoints = 10_000;
    public const int MinSecretLength = 16;

    /// <summary>Checks every field against the border model (segment and crossing ids) and returns the draft, or throws naming each bad field.</summary>
    public AlertRuleDraft Validate(BorderModel border)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", Name, 200, required: true);
        var area = ParseArea(errors, border);

        var types = new List<string>();
        if (EventTypes is { Count: > 12 }) errors.Add("eventTypes", "holds more than 12 items");
        foreach (var value in EventTypes ?? [])
        {
            if (EventType.Find(value) is { } type) { if (!types.Contains(type.Code)) types.Add(type.Code); }
            else errors.Add("eventTypes", $"'{Clip(value)}' is not an ACLED event type; use one of {string.Join(", ", EventType.All.Select(t => t.Code))}");
        }

        if (MinCount is null) errors.Add("minCount", "is required");
        else if (MinCount is < 1 or > IncidentInput.MaxCount) errors.Add("minCount", $"must be a whole number from 1 to {IncidentInput.MaxCount}");

        if (WindowHours is null) errors.Add("windowHours", "is required");
        else if (WindowHours is < 24 or > MaxWindowHours || WindowHours % 24 != 0)
            errors.Add("windowHours", $"must be a positive multiple of 24 up to {MaxWindowHours}: incidents carry a date, not a time, so windows are whole days");

        if (MinFatalities is < 0 or > IncidentInput.MaxCount) errors.Add("minFatalities", $"must be from 0 to {IncidentInput.MaxCount}");

        RiseOverBaseline? rise = null;
        if (Baseline is { } baseline)
        {
            if (baseline.Windows is not (>= 1 and <= RiseOverBaseline.MaxWindows)) errors.Add("baseline.windows", $"must be a whole number from 1 to {RiseOverBaseline.MaxWindows}");
            if (baseline.RisePercent is not { } p || !double.IsFinite(p) || p <= 0 || p > 100_000) errors.Add("baseline.risePercent", "must be a number above 0 and at most 100000");
            else if (baseline.Windows is >= 1 and <= RiseOverBaseline.MaxWindows) rise = new RiseOverBaseline(baseline.Windows.Value, p);
        }

        var severity = AlertSeverity.Medium;
        if (Severity is not null && !TryParseSeverity(Severity, out severity))
            errors.Add("severity", "must be one of low, medium, high, critical");

        var webhook = ParseWebhook(errors);
        if (CooldownMinutes is < 0 or > 7 * 24 * 60) errors.Add("cooldownMinutes", "must be from 0 to 10080 (a week)");

        if (errors.Any) throw new InputValidationException("The alert rule is not valid.", errors);
        return new AlertRuleDraft
        {
            Name = name!,
            Area = area!,
            EventTypes = types,
            Condition = new AlertCondition(MinCount!.Value, MinFatalities, rise),
            WindowHours = WindowHours!.Value,
            Severity = severity,
            Webhook = webhook,
            CooldownMinutes = CooldownMinutes ?? 0,
            Enabled = Enabled ?? true,
        };
    }

    public static bool TryParseSeverity(string text, out AlertSeverity severity) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _);

    private AlertArea? ParseArea(FieldErrors errors, BorderModel border)
    {
        if (Area is not { } a)
        {
            errors.Add("area", "is required: a GeoJSON polygon, or a point, segmentId or crossingId with bufferKm");
            return null;
        }
        var given = (a.Geometry is null ? 0 : 1) + (a.SegmentId is null ? 0 : 1) + (a.CrossingId is null ? 0 : 1);
        if (given != 1)
        {
            errors.Add("area", "must give exactly one of geometry, segmentId, crossingId");
            return null;
        }

        if (a.Geometry is not (null or Point or Polygon or MultiPolygon))
            return Fail(errors, "area.geometry", $"must be a Polygon, a MultiPolygon or a Point with bufferKm, not a {a.Geometry.GeometryType}");
        var needsBuffer = a.Geometry is not (Polygon or MultiPolygon);
        if (!needsBuffer && a.BufferKm is not null) errors.Add("area.bufferKm", "applies to a point, segment or crossing, not to a polygon");
        if (needsBuffer && (a.BufferKm is not { } km || !double.IsFinite(km) || km <= 0 || km > AlertArea.MaxBufferKm))
        {
            errors.Add("area.bufferKm", string.Create(CultureInfo.InvariantCulture, $"is required: kilometres above 0 and at most {AlertArea.MaxBufferKm}"));
            return null;
        }

        if (a.SegmentId is { } segmentId)
        {
            if (border.FindSegment(segmentId) is null) { errors.Add("area.segmentId", $"'{Clip(segmentId)}' is not a border segment"); return null; }
            return new AlertArea.AroundSegment(segmentId, a.BufferKm!.Value);
        }
        if (a.CrossingId is { } crossingId)
        {
            if (!border.Crossings.Any(c => c.Id == crossingId)) { errors.Add("area.crossingId", $"'{Clip(crossingId)}' is not a border crossing"); return null; }
            return new AlertArea.AroundCrossing(crossingId, a.BufferKm!.Value);
        }
        return a.Geometry switch
        {
            Point p when GeoPoint.IsValidLongitude(p.X) && GeoPoint.IsValidLatitude(p.Y) => new AlertArea.AroundPoint(new GeoPoint(p.X, p.Y), a.BufferKm!.Value),
            Point => Fail(errors, "area.geometry", "longitude must be in [-180, 180] and latitude in [-90, 90]"),
            Polygon or MultiPolygon => ParsePolygon(errors, a.Geometry),
            _ => Fail(errors, "area.geometry", $"must be a Polygon, a MultiPolygon or a Point with bufferKm, not a {a.Geometry!.GeometryType}"),
        };
    }

    private static AlertArea? ParsePolygon(FieldErrors errors, Geometry polygon)
    {
        if (polygon.NumPoints > MaxPolygonPoints) return Fail(errors, "area.geometry", $"has more than {MaxPolygonPoints} points");
        if (polygon.IsEmpty) return Fail(errors, "area.geometry", "is empty");
        if (polygon.Coordinates.Any(c => !GeoPoint.IsValidLongitude(c.X) || !GeoPoint.IsValidLatitude(c.Y)))
            return Fail(errors, "area.geometry", "has a coordinate outside [-180, 180] × [-90, 90]");
        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            var at = validity.Coordinate is { } c ? string.Create(CultureInfo.InvariantCulture, $" at ({c.X}, {c.Y})") : "";
            return Fail(errors, "area.geometry", $"is not a valid polygon: {validity.Message}{at}");
        }
        if (polygon.Area <= 0) return Fail(errors, "area.geometry", "has no area");
        var copy = polygon.Copy();
        copy.SRID = 4326;
        return new AlertArea.Drawn(copy);
    }

    private AlertWebhook? ParseWebhook(FieldErrors errors)
    {
        var url = errors.Text("webhookUrl", WebhookUrl, 2000);
        var secret = WebhookSecret;
        if (url is null)
        {
            if (secret is not null) errors.Add("webhookSecret", "is only used with a webhookUrl");
            return null;
        }
        Uri? uri = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            errors.Add("webhookUrl", "must be an absolute http or https URL");
        else if (uri.UserInfo.Length > 0)
            errors.Add("webhookUrl", "must not carry a user name or password");
        if (secret is null || secret.Length < MinSecretLength || secret.Length > 200 || secret.Contains('\0'))
            errors.Add("webhookSecret", $"is required with a webhookUrl: {MinSecretLength} to 200 characters");
        return errors.Has("webhookUrl") || errors.Has("webhookSecret") ? null : new AlertWebhook(uri!, secret!);
    }

    private static AlertArea? Fail(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    private static string Clip(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
