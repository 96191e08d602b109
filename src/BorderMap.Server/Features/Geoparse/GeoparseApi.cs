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

    private static async Task<Ok<GeoparseResponse>> Geoparse(HttpRequest request, IncidentExtractor extractor, TimeProvider clock)
    {
        var input = await JsonBody.ReadAsync<ArticleInput>(request);
        var article = input.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return TypedResults.Ok(GeoparseResponse.From(extractor.Extract(article)));
    }
}
