using System.Text.Json.Serialization;

namespace BorderMap.Server.Features.Ogc;

/// <summary>The JSON documents of OGC API – Features Part 1 and 2 (the field names are the standard's).</summary>
internal sealed record OgcLink(string Href, string Rel, string Type, string? Title = null);

internal sealed record OgcLanding(string Title, string Description, IReadOnlyList<OgcLink> Links);

internal sealed record OgcConformance(IReadOnlyList<string> ConformsTo);

internal sealed record OgcCollections(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollectionInfo> Collections, IReadOnlyList<string> Crs);

internal sealed record OgcCollectionInfo(
    string Id,
    string Title,
    string Description,
    OgcCollectionExtent Extent,
    string ItemType,
    IReadOnlyList<string> Crs,
    string StorageCrs,
    IReadOnlyList<OgcLink> Links);

internal sealed record OgcCollectionExtent(OgcSpatialExtent Spatial, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OgcTemporalExtent? Temporal);

internal sealed record OgcSpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

/// <summary>Each interval holds two RFC 3339 instants, or null for an open end.</summary>
internal sealed record OgcTemporalExtent(IReadOnlyList<string?[]> Interval, string Trs);

internal static class OgcConformanceClasses
{
    /// <summary>
    /// Only what is implemented: Part 1 Core, GeoJSON and OpenAPI 3.0, Part 2 CRS by reference, and
    /// Part 3 filtering with basic CQL2, LIKE/BETWEEN/IN and S_INTERSECTS on any geometry literal, in
    /// both encodings. Temporal functions are evaluated on the incident's day but, with no interval
    /// properties, the full temporal-functions class is not claimed.
    /// </summary>
    public static readonly IReadOnlyList<string> All =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
        "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
    ];
}
