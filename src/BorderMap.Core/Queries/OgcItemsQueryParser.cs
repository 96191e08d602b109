using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Queries;

/// <summary>
/// Turns the query string of <c>/ogc/collections/{id}/items</c> into an <see cref="OgcItemsQuery"/>.
/// Unknown parameters are refused (OGC API – Features /req/core/query-param-unknown).
/// </summary>
public static class OgcItemsQueryParser
{
    public const string EventTypeFilter = "event_type";
    public const string CountryFilter = "country";
    public const string GeoPrecisionFilter = "geo_precision";

    private static readonly string[] Common = ["bbox", "bbox-crs", "datetime", "limit", "crs", "cursor", "f"];

    /// <param name="parameters">The query string: each name with every value it was given.</param>
    /// <param name="propertyFilters">The property filters this collection offers.</param>
    /// <param name="numericIds">Whether the collection's ids are integers (cursors must then hold one).</param>
    public static OgcItemsQuery Parse(
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters,
        IReadOnlySet<string> propertyFilters,
        bool numericIds)
    {
        var errors = new FieldErrors();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, given) in parameters)
        {
            if (!Common.Contains(name) && !propertyFilters.Contains(name))
                errors.Add(name, $"is not a parameter of this collection; known: {string.Join(", ", Common.Concat(propertyFilters))}");
            else if (given.Count != 1) errors.Add(name, "is given more than once");
            else if (given[0].Length > 2000) errors.Add(name, "is longer than 2000 characters");
            else values[name] = given[0];
        }

        var query = new OgcItemsQuery();
        if (values.TryGetValue("f", out var format) && format is not ("json" or "geojson"))
            errors.Add("f", "must be json or geojson");

        if (values.TryGetValue("crs", out var crsText))
        {
            if (OgcCrs.Find(crsText) is { } crs) query = query with { Crs = crs };
            else errors.Add("crs", $"is not offered; use one of {string.Join(", ", OgcCrs.Offered.Select(c => c.Uri))}");
        }

        var bboxCrs = OgcCrs.Crs84;
        if (values.TryGetValue("bbox-crs", out var bboxCrsText))
        {
            if (OgcCrs.Find(bboxCrsText) is { } c) bboxCrs = c;
            else errors.Add("bbox-crs", $"is not offered; use one of {string.Join(", ", OgcCrs.Offered.Select(c => c.Uri))}");
        }
        if (values.TryGetValue("bbox", out var bboxText))
            query = query with { Bbox = Bbox(errors, bboxText, bboxCrs) };
        else if (values.ContainsKey("bbox-crs"))
            errors.Add("bbox-crs", "is only meaningful with bbox");

        if (values.TryGetValue("datetime", out var datetimeText))
        {
            var datetime = OgcDatetime.TryParse(datetimeText, out var error);
            if (error is not null) errors.Add("datetime", error);
            query = query with { Datetime = datetime };
        }

        if (values.TryGetValue("limit", out var limitText))
        {
            if (int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= OgcItemsQuery.MaxLimit)
                query = query with { Limit = limit };
            else errors.Add("limit", $"must be a whole number from 1 to {OgcItemsQuery.MaxLimit}");
        }

        query = PropertyFilters(errors, values, query);

        // The cursor is checked last: it must match the filters as parsed above.
        if (values.TryGetValue("cursor", out var cursorText) && !errors.Any)
        {
            var after = DecodeCursor(cursorText, query.FilterFingerprint(), numericIds, out var error);
            if (error is not null) errors.Add("cursor", error);
            query = query with { After = after };
        }

        if (errors.Any)
            throw new InputValidationException("The query parameters are not valid.", errors, status: 400);
        return query;
    }

    /// <summary>An opaque token for the page after the item with id <paramref name="lastId"/>.</summary>
    public static string EncodeCursor(string lastId, string filterFingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"o1|{lastId}|{Hash(filterFingerprint)}"));

    private static string? DecodeCursor(string token, string fingerprint, bool numericIds, out string? error)
    {
        error = "is not a cursor this server issued";
        if (token.Length > 300) return null;
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
        }
        catch (FormatException)
        {
            return null;
        }
        if (parts.Length != 3 || parts[0] != "o1" || parts[1].Length == 0) return null;
        if (numericIds && !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        if (parts[2] != Hash(fingerprint))
        {
            error = "belongs to a listing with other filters; start again without a cursor";
            return null;
        }
        error = null;
        return parts[1];
    }

    private static OgcBbox? Bbox(FieldErrors errors, string text, OgcCrs crs)
    {
        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            errors.Add("bbox", "must be four numbers (or six with heights): lower-left then upper-right corner in bbox-crs axis order");
            return null;
        }
        var n = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) || !double.IsFinite(n[i]))
            {
                errors.Add("bbox", $"value {i + 1} is not a finite number");
                return null;
            }
        }
        // Six numbers carry heights at positions 3 and 6; incidents have none, so they are ignored.
        var (a, b, c, d) = parts.Length == 4 ? (n[0], n[1], n[2], n[3]) : (n[0], n[1], n[3], n[4]);
        // EPSG:4326 orders latitude first; BorderMap keeps x = longitude from here on.
        var box = crs.LatitudeFirst ? new OgcBbox(b, a, d, c, crs.Srid) : new OgcBbox(a, b, c, d, crs.Srid);
        var limit = crs.Geographic ? (X: 180.0, Y: 90.0) : (X: OgcCrs.MercatorLimit, Y: OgcCrs.MercatorLimit);
        if (Math.Abs(box.MinX) > limit.X || Math.Abs(box.MaxX) > limit.X || Math.Abs(box.MinY) > limit.Y || Math.Abs(box.MaxY) > limit.Y)
            errors.Add("bbox", crs.Geographic ? "longitudes must be in [-180, 180] and latitudes in [-90, 90]" : "coordinates must lie within the Web Mercator world");
        else if (box.MinY > box.MaxY)
            errors.Add("bbox", "the lower corner is above the upper corner");
        else if (box.MinX > box.MaxX)
            errors.Add("bbox", "boxes across the antimeridian are not supported: the first x must not exceed the second");
        else return box;
        return null;
    }

    private static OgcItemsQuery PropertyFilters(FieldErrors errors, Dictionary<string, string> values, OgcItemsQuery query)
    {
        if (values.TryGetValue(EventTypeFilter, out var typeText))
        {
            if (Incidents.EventType.Find(typeText) is { } type) query = query with { EventType = type.Code };
            else errors.Add(EventTypeFilter, $"is not an event type; use {string.Join(", ", Incidents.EventType.All.Select(t => t.Code))}");
        }
        if (values.TryGetValue(CountryFilter, out var countryText))
        {
            if (Countries.Normalise(countryText) is { } country) query = query with { Country = country };
            else errors.Add(CountryFilter, $"must be one of {string.Join(", ", Countries.Region)}");
        }
        if (values.TryGetValue(GeoPrecisionFilter, out var precisionText))
        {
            if (int.TryParse(precisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 3)
                query = query with { GeoPrecision = (GeoPrecision)p };
            else errors.Add(GeoPrecisionFilter, "must be 1, 2 or 3");
        }
        return query;
    }

    private static string Hash(string fingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];
}
