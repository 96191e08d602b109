using System.Text.Json;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Ogc;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Limits;
using CommunityToolkit.HighPerformance.Buffers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Ogc;

/// <summary>/ogc/collections/{id}/items and /items/{featureId}: GeoJSON in CRS84, EPSG:4326 or EPSG:3857.</summary>
internal static class OgcItemsApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapOgcItems(this RouteGroupBuilder ogc)
    {
        ogc.MapGet("/collections/{collectionId}/items", Items).WithName("OgcItems").WithSummary("A page of a collection's features, filtered by bbox, datetime, properties or CQL2")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", Item).WithName("OgcItem").WithSummary("One feature of a collection");
        return ogc;
    }

    private static async Task<Results<OgcItemsResult, ProblemHttpResult>> Items(
        string collectionId, HttpRequest request, [FromKeyedServices(Reads.FromReplica)] OgcStore store, OgcCounts counts, ReadRoute route,
        IOptions<LimitsOptions> limits, CancellationToken ct)
    {
        if (OgcCollection.Find(collectionId) is not { } collection) return OgcApi.UnknownCollection(collectionId);
        var query = OgcItemsQueryParser.Parse(QueryParameters.Of(request), collection.PropertyFilters, collection.NumericIds, collection.FilterProperties);
        // Counting stops one past the cap: numberMatched is then left out (OGC API – Features only
        // recommends it), and QGIS and GDAL page on through next links as they do without it.
        var maxMatched = limits.Value.NumberMatchedMax;
        var features = new ArrayPoolBufferWriter<byte>();
        OgcPage page;
        try
        {
            await using var json = new Utf8JsonWriter(features);
            // A replica's copy of the change counter runs up to 32 ahead of the changes it holds (a
            // sequence is WAL-logged in steps): counts read there are neither taken nor remembered.
            var counted = route.Source.IsReplica ? null : (Func<long, long?>)(version => counts.Known(collection, query, version));
            page = await store.WriteItemsAsync(collection, query, json, maxMatched + 1L, limits.Value.NumberMatchedFilteredRowsMax, counted, ct);
        }
        catch
        {
            features.Dispose();
            throw;
        }
        if (!route.Source.IsReplica) counts.Remember(collection, query, page);
        long? numberMatched = page.NumberMatched is { } matched && matched <= maxMatched ? matched : null;

        var links = new List<OgcLink>
        {
            new(QueryParameters.Url(request, null), "self", GeoJsonResult<object>.MediaType, "this page"),
            new($"{OgcApi.Base(request)}/collections/{collection.Id}", "collection", Json, "the collection"),
        };
        if (page.NextAfter is { } after)
        {
            var cursor = OgcItemsQueryParser.EncodeCursor(after, query.FilterFingerprint());
            links.Add(new(QueryParameters.Url(request, ("cursor", cursor)), "next", GeoJsonResult<object>.MediaType, "the next page"));
        }
        return OgcItemsResult.Collection(features, page.NumberReturned, numberMatched, links, query.Crs.Uri);
    }

    private static async Task<Results<OgcItemsResult, ProblemHttpResult>> Item(string collectionId, string featureId, HttpRequest request, [FromKeyedServices(Reads.FromReplica)] OgcStore store, CancellationToken ct)
    {
        if (OgcCollection.Find(collectionId) is not { } collection) return OgcApi.UnknownCollection(collectionId);
        var crs = Crs(request);
        var feature = new ArrayPoolBufferWriter<byte>();
        try
        {
            await using var json = new Utf8JsonWriter(feature);
            if (!await store.WriteItemAsync(collection, featureId, crs, json, ct))
            {
                feature.Dispose();
                return TypedResults.Problem($"collection '{collection.Id}' has no item '{(featureId.Length > 60 ? featureId[..60] + "…" : featureId)}'",
                    statusCode: 404, title: Problems.OgcItemNotFound);
            }
            OgcItemsResult.WriteLinks(json,
            [
                new(QueryParameters.Url(request, null), "self", GeoJsonResult<object>.MediaType, "this item"),
                new($"{OgcApi.Base(request)}/collections/{collection.Id}", "collection", Json, "the collection"),
            ]);
            json.WriteEndObject();
        }
        catch
        {
            feature.Dispose();
            throw;
        }
        return OgcItemsResult.Single(feature, crs.Uri);
    }

    /// <summary>A single item takes only <c>crs</c> (and <c>f</c>).</summary>
    private static OgcCrs Crs(HttpRequest request)
    {
        var errors = new FieldErrors();
        var crs = OgcCrs.Crs84;
        foreach (var (name, values) in request.Query)
        {
            if (name == "crs" && values.Count == 1)
            {
                if (OgcCrs.Find(values[0] ?? "") is { } found) crs = found;
                else errors.Add("crs", $"is not offered; use one of {string.Join(", ", OgcCrs.Offered.Select(c => c.Uri))}");
            }
            else if (name == "f" && values.Count == 1 && values[0] is "json" or "geojson") { }
            else errors.Add(name, "is not a parameter of a single item; known: crs, f");
        }
        if (errors.Any) throw new InputValidationException(Problems.InvalidQuery, errors, status: 400);
        return crs;
    }
}
