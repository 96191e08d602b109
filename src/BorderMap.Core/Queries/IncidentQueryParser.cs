using System.Globalization;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Queries;

/// <summary>
/// Turns query-string parameters into an <see cref="IncidentQuery"/>, naming every bad parameter.
/// Unknown parameters are refused: a misspelt filter silently ignored returns the wrong data.
/// </summary>
public static class IncidentQueryParser
{
    public static readonly IReadOnlySet<string> Parameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "bbox", "from", "to", "types", "country", "minPrecision", "near", "radiusKm", "limit", "cursor", "includeRetracted",
    };

    /// <param name="parameters">The query string: each name with all the values it was given.</param>
    /// <param name="alsoAllowed">Parameters the caller handles itself (e.g. an output format).</param>
    public static IncidentQuery Parse(
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters,
        IReadOnlySet<string>? alsoAllowed = null,
        int maxLimit = IncidentQuery.MaxLimit)
    {
        var errors = new FieldErrors();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, given) in parameters)
        {
            if (!Parameters.Contains(name))
            {
                if (alsoAllowed?.Contains(name) != true)
                    errors.Add(name, $"is not a known parameter; known: {string.Join(", ", Parameters)}");
                continue;
            }
            if (given.Count != 1) errors.Add(name, "is given more than once");
            else if (given[0].Length > 2000) errors.Add(name, "is longer than 2000 characters");
            else values[name] = given[0];
        }

        var query = new IncidentQuery();
        if (values.TryGetValue("bbox", out var bboxText))
        {
            var bbox = BoundingBox.TryParse(bboxText, out var error);
            if (error is not null) errors.Add("bbox", error);
            query = query with { Bbox = bbox };
        }

        var from = Date(errors, values, "from");
        var to = Date(errors, values, "to");
        if (from is not null && to is not null && from > to) errors.Add("from", "is after 'to'");
        query = query with { From = from, To = to };

        if (values.TryGetValue("types", out var typesText))
            query = query with { Types = Types(errors, typesText) };

        if (values.TryGetValue("country", out var countryText))
        {
            var country = Countries.Normalise(countryText);
            if (country is null) errors.Add("country", $"must be one of {string.Join(", ", Countries.Region)}");
            query = query with { Country = country };
        }

        if (values.TryGetValue("minPrecision", out var precisionText))
        {
            if (int.TryParse(precisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 3)
                query = query with { MinPrecision = (GeoPrecision)p };
            else errors.Add("minPrecision", "must be 1, 2 or 3 (keeps incidents at least that precise; 1 is the most precise)");
        }

        query = query with { Near = Near(errors, values) };

        if (values.TryGetValue("limit", out var limitText))
        {
            if (int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= maxLimit)
                query = query with { Limit = limit };
            else errors.Add("limit", $"must be a whole number from 1 to {maxLimit}");
        }

        if (values.TryGetValue("includeRetracted", out var retractedText))
        {
            if (bool.TryParse(retractedText, out var include)) query = query with { IncludeRetracted = include };
            else errors.Add("includeRetracted", "must be true or false");
        }

        // The cursor is checked last: it must match the filters as parsed above.
        if (values.TryGetValue("cursor", out var cursorText) && !errors.Any)
        {
            var cursor = IncidentCursor.TryDecode(cursorText, query.FilterFingerprint(), out var error);
            if (error is not null) errors.Add("cursor", error);
            query = query with { After = cursor };
        }

        if (errors.Any)
            throw new InputValidationException("The query parameters are not valid.", errors, status: 400);
        return query;
    }

    private static DateOnly? Date(FieldErrors errors, Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(name, "must be a date in the form YYYY-MM-DD");
        return null;
    }

    private static IReadOnlyList<string>? Types(FieldErrors errors, string text)
    {
        var codes = new List<string>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var type = EventType.Find(item);
            if (type is null) errors.Add("types", $"'{(item.Length > 60 ? item[..60] + "…" : item)}' is not an event type; use {string.Join(", ", EventType.All.Select(t => t.Code))}");
            else if (!codes.Contains(type.Code)) codes.Add(type.Code);
        }
        if (codes.Count == 0 && !errors.Has("types")) errors.Add("types", "names no event type");
        return codes;
    }

    private static NearFilter? Near(FieldErrors errors, Dictionary<string, string> values)
    {
        var hasNear = values.TryGetValue("near", out var nearText);
        var hasRadius = values.TryGetValue("radiusKm", out var radiusText);
        if (!hasNear && !hasRadius) return null;
        if (!hasNear) { errors.Add("near", "is required with radiusKm"); return null; }
        if (!hasRadius) { errors.Add("radiusKm", "is required with near"); return null; }

        var parts = nearText!.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
        {
            errors.Add("near", "must be lon,lat");
            return null;
        }
        if (!GeoPoint.IsValidLongitude(lon) || !GeoPoint.IsValidLatitude(lat))
        {
            errors.Add("near", "lon must be in [-180, 180] and lat in [-90, 90], both finite");
            return null;
        }
        if (!double.TryParse(radiusText, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || !double.IsFinite(km) || km <= 0 || km > NearFilter.MaxRadiusKm)
        {
            errors.Add("radiusKm", $"must be a number greater than 0 and at most {NearFilter.MaxRadiusKm}");
            return null;
        }
        return new NearFilter(new GeoPoint(lon, lat), km * 1000);
    }
}
