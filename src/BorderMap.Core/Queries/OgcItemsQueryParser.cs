using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries.Filtering;
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

    public const string FilterParameter = "filter";
    public const string FilterLangParameter = "filter-lang";
    public const string FilterCrsParameter = "filter-crs";

    /// <summary>
    /// The filter languages understood. <c>cql-text</c> is the draft's name, which GDAL before 3.7 (and
    /// so QGIS 3.22) sends; its comparisons, AND/OR/NOT and IS NULL are cql2-text.
    /// </summary>
    public static readonly IReadOnlyList<string> FilterLanguages = ["cql2-text", "cql2-json", "cql-text"];

    /// <summary>A polygon of a few thousand vertices fits; a filter is otherwise short.</summary>
    public const int MaxFilterLength = 20_000;

    private static readonly string[] Common = ["bbox", "bbox-crs", "datetime", "limit", "crs", "cursor", "f", FilterParameter, FilterLangParameter, FilterCrsParameter];

    /// <param name="parameters">The query string: each name with every value it was given.</param>
    /// <param name="propertyFilters">The property filters this collection offers.</param>
    /// <param name="numericIds">Whether the collection's ids are integers (cursors must then hold one).</param>
    /// <param name="queryables">The properties a filter may name.</param>
    public static OgcItemsQuery Parse(
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters,
        IReadOnlySet<string> propertyFilters,
        bool numericIds,
        IReadOnlyDictionary<string, QueryableProperty>? queryables = null)
    {
        var errors = new FieldErrors();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, given) in parameters)
        {
            if (!Common.Contains(name) && !propertyFilters.Contains(name) && !IsQueryableParameter(queryables, name))
                errors.Add(name, $"is not a parameter of this collection; known: {string.Join(", ", Common.Concat(propertyFilters).Concat(QueryableParameters(queryables)))}");
            else if (given.Count != 1) errors.Add(name, "is given more than once");
            else if (given[0].Length > (name == FilterParameter ? MaxFilterLength : 2000))
                errors.Add(name, $"is longer than {(name == FilterParameter ? MaxFilterLength : 2000)} characters");
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
        query = query with { Filter = Filter(errors, values, queryables ?? new Dictionary<string, QueryableProperty>()) };
        query = QueryableEqualities(errors, values, queryables, query);

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

    /// <summary>
    /// Every non-geometry queryable is also a parameter <c>name=value</c> (Part 3, "queryables as query
    /// parameters"), an equality ANDed with the filter. The three older property filters keep their own
    /// parsing (event type labels, country names).
    /// </summary>
    public static IEnumerable<string> QueryableParameters(IReadOnlyDictionary<string, QueryableProperty>? queryables) =>
        queryables?.Values.Where(q => q.Type != CqlType.Geometry).Select(q => q.Name).Where(n => !Common.Contains(n) && !OlderFilters.Contains(n)) ?? [];

    private static readonly string[] OlderFilters = [EventTypeFilter, CountryFilter, GeoPrecisionFilter];

    private static bool IsQueryableParameter(IReadOnlyDictionary<string, QueryableProperty>? queryables, string name) =>
        QueryableParameters(queryables).Contains(name);

    private static OgcItemsQuery QueryableEqualities(FieldErrors errors, Dictionary<string, string> values, IReadOnlyDictionary<string, QueryableProperty>? queryables, OgcItemsQuery query)
    {
        var equalities = new List<CqlExpression>();
        foreach (var name in QueryableParameters(queryables).Where(values.ContainsKey))
        {
            var property = queryables![name];
            var text = values[name];
            object? literal = property.Type switch
            {
                CqlType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
                CqlType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
                CqlType.Boolean => text is "true" ? true : text is "false" ? false : null,
                _ => text,
            };
            try
            {
                if (literal is null) throw new CqlSyntaxException($"'{CqlBinding.Shorten(text)}' is not a value of {name}'s type ({property.Type.ToString().ToLowerInvariant()})");
                equalities.Add(new CqlComparison(property, CqlComparisonOperator.Equal, CqlBinding.Value(property, literal, m => new CqlSyntaxException(m))));
            }
            catch (CqlSyntaxException e)
            {
                errors.Add(name, e.Message);
            }
        }
        if (equalities.Count == 0) return query;
        if (query.Filter is { } filter) equalities.Insert(0, filter);
        return query with { Filter = equalities.Count == 1 ? equalities[0] : new CqlAnd(equalities) };
    }

    private static CqlExpression? Filter(FieldErrors errors, Dictionary<string, string> values, IReadOnlyDictionary<string, QueryableProperty> queryables)
    {
        var language = values.GetValueOrDefault(FilterLangParameter, "cql2-text");
        if (!FilterLanguages.Contains(language))
            errors.Add(FilterLangParameter, $"must be one of {string.Join(", ", FilterLanguages)}");
        if (values.TryGetValue(FilterCrsParameter, out var crs) && OgcCrs.Find(crs) != OgcCrs.Crs84)
            errors.Add(FilterCrsParameter, $"must be {OgcCrs.Crs84.Uri}: filter geometries are longitude, latitude");
        if (!values.TryGetValue(FilterParameter, out var text))
        {
            foreach (var alone in new[] { FilterLangParameter, FilterCrsParameter }.Where(values.ContainsKey))
                errors.Add(alone, "is only meaningful with filter");
            return null;
        }
        if (errors.Has(FilterLangParameter)) return null;
        try
        {
            return language == "cql2-json" ? CqlJsonParser.Parse(text, queryables) : CqlTextParser.Parse(text, queryables);
        }
        catch (CqlSyntaxException e)
        {
            errors.Add(FilterParameter, e.Describe());
            return null;
        }
    }

    private static string Hash(string fingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];
}
