using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using Microsoft.OpenApi;
using static BorderMap.Server.Hosting.OpenApi.OpenApiQuery;

namespace BorderMap.Server.Hosting.OpenApi;

/// <summary>
/// The incident list's filters (<see cref="IncidentQueryParser.Parameters"/>) as OpenAPI parameters:
/// the list, the exports, the tiles, the analytics and the maps all read them the same way.
/// </summary>
internal static class IncidentFilterDocs
{
    /// <param name="bbox">what the bbox means for this route; null when the route has no area filter (a tile is its area)</param>
    /// <param name="precision3Dropped">whether precision 3 incidents are left out unless asked for (heatmaps, hotspots, maps)</param>
    /// <param name="periodRequired">whether from and to are required</param>
    public static IEnumerable<OpenApiParameter> Filters(string? bbox = "minLon,minLat,maxLon,maxLat in degrees (EPSG:4326): only incidents inside it. Default: none.",
        bool precision3Dropped = false, bool periodRequired = false)
    {
        if (bbox is not null) yield return Parameter("bbox", bbox, Text());
        yield return Parameter("from", "The first day (YYYY-MM-DD), inclusive, on the incident's date." + (periodRequired ? " Required." : " Default: none (open)."),
            Text("date"), periodRequired);
        yield return Parameter("to", "The last day (YYYY-MM-DD), inclusive." + (periodRequired ? " Required." : " Default: none (open)."), Text("date"), periodRequired);
        yield return Parameter("types", "Comma-separated ACLED event type codes or labels. Default: all types.", Text(enumeration: EventType.All.Select(t => t.Code)));
        yield return Parameter("country", "ISO 3166-1 alpha-2 of the incident's country. Default: any.", Text(enumeration: Countries.Region));
        yield return Parameter("minPrecision", "Keep incidents at least this precise: 1 the place, 2 a district or 'near', 3 a province or 'the border'. Default: " +
            (precision3Dropped ? "2 — precision 3 points sit on the border segment facing a province and would mark hotspots on the river (includePrecision3=true keeps them)." : "3 (all)."),
            Integer(1, 3, precision3Dropped ? 2 : 3));
        if (bbox is not null)
        {
            yield return Parameter("near", "lon,lat in degrees: only incidents within radiusKm of it (both required together). Default: none.", Text());
            yield return Parameter("radiusKm", "Kilometres around near, greater than 0.", Number(0, NearFilter.MaxRadiusKm, null));
        }
        yield return Parameter("includeRetracted", "Include retracted incidents too.", Flag(false));
    }

    /// <summary>The list's keyset pages: newest first, a next link carries the cursor.</summary>
    public static IEnumerable<OpenApiParameter> Paging() =>
    [
        Parameter("limit", "The page size.", Integer(1, IncidentQuery.MaxLimit, IncidentQuery.DefaultLimit)),
        Parameter("cursor", "The position a next link carries; opaque, and valid only with the same filters.", Text()),
    ];
}
