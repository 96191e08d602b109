using System.Globalization;
using BorderMap.Core.Queries;
using BorderMap.Data.Ogc;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// /ogc: OGC API – Features Part 1 (Core, GeoJSON, OpenAPI 3.0) and Part 2 (CRS by reference), so
/// QGIS and GDAL connect live. Landing page, conformance, API definition and the collections here;
/// items in <see cref="OgcItemsApi"/>.
/// </summary>
internal static class OgcApi
{
    public const string DocumentName = "ogc";
    private const string OpenApiMediaType = "application/vnd.oai.openapi+json;version=3.0";
    private const string Json = "application/json";

    /// <summary>The whole border region, the extent announced for a collection that holds no rows yet.</summary>
    private static readonly double[] Region = [67.3, 36.4, 75.2, 38.6];

    public static IServiceCollection AddOgc(this IServiceCollection services) =>
        services.AddSingleton<OgcStore>().AddReplicaReads(dataSource => new OgcStore(dataSource)).AddSingleton<OgcCounts>().AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = description => description.GroupName == DocumentName;
            options.AddOperationTransformer<OgcOpenApiParameters>();
            options.AddDocumentTransformer<OgcOpenApiDocument>();
        });

    public static IEndpointRouteBuilder MapOgc(this IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features").WithGroupName(DocumentName);
        ogc.MapGet("/", Landing).WithName("OgcLanding").WithSummary("The landing page: links to the API definition, conformance and collections");
        ogc.MapGet("/conformance", () => TypedResults.Ok(new OgcConformance(OgcConformanceClasses.All))).WithName("OgcConformance")
            .WithSummary("The conformance classes this server implements");
        ogc.MapGet("/api", ApiDefinition).WithName("OgcApiDefinition").ExcludeFromDescription();
        ogc.MapGet("/collections", Collections).WithName("OgcCollections").WithSummary("The feature collections: incidents, border segments, crossings, places");
        ogc.MapGet("/collections/{collectionId}", Collection).WithName("OgcCollection").WithSummary("One collection: its extent, CRSs and links");
        ogc.MapOgcItems();
        ogc.MapOgcQueryables();
        return app;
    }

    public static string Base(HttpRequest request) => $"{RequestOrigin.Of(request)}/ogc";

    private static Results<Ok<OgcLanding>, ContentHttpResult> Landing(HttpRequest request)
    {
        var root = Base(request);
        var landing = new OgcLanding("BorderMap", "Security incidents along the Tajik–Afghan border as OGC API – Features.",
        [
            new($"{root}/", "self", Json, "this document"),
            new($"{root}/api", "service-desc", OpenApiMediaType, "the API definition (OpenAPI 3.0)"),
            new($"{RequestOrigin.Of(request)}/docs", "service-doc", "text/html", "the API documentation"),
            new($"{root}/conformance", "conformance", Json, "the conformance classes implemented"),
            new($"{root}/collections", "data", Json, "the collections"),
        ]);
        return WantsHtml(request) ? TypedResults.Content(OgcWelcomePage.Html(landing), "text/html; charset=utf-8") : TypedResults.Ok(landing);
    }

    private static async Task ApiDefinition(HttpContext context)
    {
        var provider = context.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(context.RequestAborted);
        // The OpenAPI writer is synchronous; it writes to memory and the response is copied asynchronously.
        using var buffer = new MemoryStream();
        await document.SerializeAsJsonAsync(buffer, OpenApiSpecVersion.OpenApi3_0, context.RequestAborted);
        context.Response.ContentType = OpenApiMediaType;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static async Task<Ok<OgcCollections>> Collections(HttpRequest request, [FromKeyedServices(Reads.FromReplica)] OgcStore store, CancellationToken ct)
    {
        var extents = await store.ExtentsAsync(ct);
        var root = Base(request);
        return TypedResults.Ok(new OgcCollections(
            [new($"{root}/collections", "self", Json, "this document")],
            OgcCollection.All.Select(c => Describe(request, c, extents.GetValueOrDefault(c.Id))).ToList(),
            OgcCrs.Offered.Select(c => c.Uri).ToList()));
    }

    private static async Task<Results<Ok<OgcCollectionInfo>, ProblemHttpResult>> Collection(string collectionId, HttpRequest request, [FromKeyedServices(Reads.FromReplica)] OgcStore store, CancellationToken ct)
    {
        if (OgcCollection.Find(collectionId) is not { } collection) return UnknownCollection(collectionId);
        var extents = await store.ExtentsAsync(ct);
        return TypedResults.Ok(Describe(request, collection, extents.GetValueOrDefault(collection.Id)));
    }

    public static ProblemHttpResult UnknownCollection(string collectionId) =>
        TypedResults.Problem($"there is no collection '{(collectionId.Length > 60 ? collectionId[..60] + "…" : collectionId)}'; the collections are {string.Join(", ", OgcCollection.All.Select(c => c.Id))}",
            statusCode: 404, title: Problems.OgcCollectionNotFound);

    private static OgcCollectionInfo Describe(HttpRequest request, OgcCollection collection, OgcExtent? extent)
    {
        var self = $"{Base(request)}/collections/{collection.Id}";
        OgcTemporalExtent? temporal = null;
        if (collection.Temporal)
        {
            temporal = new OgcTemporalExtent(
                [[Instant(extent?.FirstDay, startOfDay: true), Instant(extent?.LastDay, startOfDay: false)]],
                "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
        return new OgcCollectionInfo(
            collection.Id, collection.Title, collection.Description,
            new OgcCollectionExtent(new OgcSpatialExtent([extent?.Bbox ?? Region], OgcCrs.Crs84.Uri), temporal),
            "feature",
            OgcCrs.Offered.Select(c => c.Uri).ToList(),
            OgcCrs.Storage.Uri,
            [
                new(self, "self", Json, "this collection"),
                new($"{self}/items", "items", GeoJsonResult<object>.MediaType, $"the {collection.Id} as GeoJSON"),
                new($"{self}/queryables", OgcQueryablesApi.Rel, OgcQueryablesApi.MediaType, "the properties a filter may name"),
            ]);
    }

    private static string? Instant(DateOnly? day, bool startOfDay) => day is { } d
        ? d.ToDateTime(startOfDay ? TimeOnly.MinValue : new TimeOnly(23, 59, 59), DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
        : null;

    /// <summary>Browsers get the welcome page; clients asking for JSON (QGIS, GDAL) get the document.</summary>
    private static bool WantsHtml(HttpRequest request)
    {
        if (request.Query.TryGetValue("f", out var f)) return f == "html";
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) && !accept.StartsWith("application/", StringComparison.OrdinalIgnoreCase);
    }
}
