using BorderMap.Core.Queries;
using BorderMap.Core.Queries.Filtering;

namespace BorderMap.Data.Ogc;

/// <summary>
/// A table published as an OGC API – Features collection. <see cref="SqlPrefix"/> names its embedded
/// queries (<c>Ogc.{prefix}.Items</c>, <c>.Count</c>, <c>.Item</c>); the id is the one in the URL.
/// </summary>
public sealed record OgcCollection(
    string Id,
    string Title,
    string Description,
    string GeometryType,
    string SqlPrefix,
    bool NumericIds,
    bool Temporal,
    IReadOnlySet<string> PropertyFilters,
    IReadOnlyList<OgcQueryable> Queryables)
{
    /// <summary>The queryables by name, as a filter names them.</summary>
    public IReadOnlyDictionary<string, QueryableProperty> FilterProperties { get; } =
        Queryables.ToDictionary(q => q.Property.Name, q => q.Property, StringComparer.Ordinal);

    /// <summary>The SQL expression of each queryable.</summary>
    public IReadOnlyDictionary<string, string> FilterColumns { get; } =
        Queryables.ToDictionary(q => q.Property.Name, q => q.Sql, StringComparer.Ordinal);

    public static readonly OgcCollection Incidents = new("incidents", "Security incidents",
        "Geocoded security incidents along the Tajik–Afghan border (ACLED event types). Synthetic benchmark rows carry synthetic = true.",
        "Point", "Incidents", NumericIds: true, Temporal: true,
        new HashSet<string>(StringComparer.Ordinal) { OgcItemsQueryParser.EventTypeFilter, OgcItemsQueryParser.CountryFilter, OgcItemsQueryParser.GeoPrecisionFilter },
        OgcQueryable.Incidents);

    public static readonly OgcCollection BorderSegments = new("border_segments", "Border segments",
        "The Tajik–Afghan boundary cut into named segments, from the Uzbek to the Chinese tripoint.",
        "LineString", "BorderSegments", NumericIds: false, Temporal: false, new HashSet<string>(StringComparer.Ordinal),
        OgcQueryable.BorderSegments);

    public static readonly OgcCollection Crossings = new("crossings", "Border crossings",
        "Bridges and border posts, snapped onto the border line.",
        "Point", "Crossings", NumericIds: false, Temporal: false, new HashSet<string>(StringComparer.Ordinal),
        OgcQueryable.Crossings);

    public static readonly OgcCollection Places = new("places", "Gazetteer places",
        "Populated places of the gazetteer (GeoNames) used to geocode reports.",
        "Point", "Places", NumericIds: true, Temporal: false,
        new HashSet<string>(StringComparer.Ordinal) { OgcItemsQueryParser.CountryFilter },
        OgcQueryable.Places);

    public static IReadOnlyList<OgcCollection> All { get; } = [Incidents, BorderSegments, Crossings, Places];

    public static OgcCollection? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
