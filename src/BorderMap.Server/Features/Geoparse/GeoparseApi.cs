using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Geoparse;

/// <summary>POST /api/v1/geoparse: a dry run of the geoparser over one text; nothing is stored.</summary>
internal static class GeoparseApi
{
    public static IServiceCollection AddGeoparsing(this IServiceCollection services) =>
        services.AddSingleton(sp => new IncidentExtractor(sp.GetRequiredService<PlaceGazetteer>(), sp.GetRequiredService<BorderModel>()));

    public static IEndpointRouteBuilder MapGeoparse(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/geoparse", Geoparse).WithTags("Geoparsing").WithName("Geoparse").Accepts<ArticleInput>("application/json");
        return app;
    }

    private static async Task<Ok<GeoparseResponse>> Geoparse(HttpRequest request, IncidentExtractor extractor, TimeProvider clock) =>
        TypedResults.Ok(GeoparseResponse.From(extractor.Extract(await ReadArticleAsync(request, clock))));

    /// <summary>The article in a request body, checked: what /geoparse parses and /reports stores.</summary>
    public static async Task<Article> ReadArticleAsync(HttpRequest request, TimeProvider clock) =>
        (await JsonBody.ReadAsync<ArticleInput>(request)).Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
