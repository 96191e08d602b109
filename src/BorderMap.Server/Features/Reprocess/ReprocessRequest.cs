using System.Globalization;
using System.Text.Json.Serialization;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Reprocessing;

namespace BorderMap.Server.Features.Reprocess;

/// <summary>
/// <c>POST /api/v1/reprocess</c>: <c>{"scope": "all"}</c>, <c>{"scope": "bbox", "bbox": [minLon, minLat, maxLon, maxLat]}</c>,
/// <c>{"scope": "dates", "from": "2024-01-01", "to": "2024-03-31"}</c> (inclusive) or <c>{"scope": "ids", "ids": [1, 2]}</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ReprocessRequest
{
    public const int MaxIds = 10_000;

    public string? Scope { get; init; }
    public IReadOnlyList<double>? Bbox { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public IReadOnlyList<long>? Ids { get; init; }

    public ReprocessScope Validate()
    {
        var errors = new FieldErrors();
        var kind = Scope?.Trim().ToLowerInvariant();
        if (kind is not ("all" or "bbox" or "dates" or "ids"))
            errors.Add("scope", "is required: all, bbox, dates or ids");
        if (kind != "bbox" && Bbox is not null) errors.Add("bbox", "is only read with scope bbox");
        if (kind != "dates" && (From is not null || To is not null)) errors.Add(From is not null ? "from" : "to", "is only read with scope dates");
        if (kind != "ids" && Ids is not null) errors.Add("ids", "is only read with scope ids");

        BoundingBox? bbox = null;
        if (kind == "bbox")
        {
            if (Bbox is not { Count: 4 }) errors.Add("bbox", "is required: [minLon, minLat, maxLon, maxLat]");
            else if ((bbox = BoundingBox.TryParse(string.Join(',', Bbox.Select(v => v.ToString("R", CultureInfo.InvariantCulture))), out var problem)) is null)
                errors.Add("bbox", problem!);
        }
        DateOnly? from = null, to = null;
        if (kind == "dates")
        {
            from = Date(errors, "from", From);
            to = Date(errors, "to", To);
            if (From is null && To is null) errors.Add("from", "from, to or both are required");
            if (from > to) errors.Add("to", "is before from");
        }
        if (kind == "ids")
        {
            if (Ids is not { Count: > 0 }) errors.Add("ids", "is required: one or more incident ids");
            else if (Ids.Count > MaxIds) errors.Add("ids", $"holds more than {MaxIds} ids");
            else if (Ids.Any(id => id <= 0)) errors.Add("ids", "must be positive incident ids");
        }
        if (errors.Any) throw new InputValidationException("The reprocessing request is not valid.", errors);
        return new ReprocessScope(bbox, from, to, kind == "ids" ? Ids!.Distinct().Order().ToList() : null);
    }

    private static DateOnly? Date(FieldErrors errors, string field, string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(field, "must be a date YYYY-MM-DD");
        return null;
    }
}
