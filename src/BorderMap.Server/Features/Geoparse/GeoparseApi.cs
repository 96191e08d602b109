using System.Text.RegularExpressions;
using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Validation;
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
        app.MapPost("/api/v1/geoparse", Geoparse).WithTags("Geoparsing").WithName("Geoparse").Accepts<ArticleInput>("application/json")
            .WithSummary("Find the incidents in a news text (English or Russian) without storing anything")
            .WithDescription("Dates are read relative to the publication time; what is not an incident near the border is listed under skipped, with a reason.");
        return app;
    }

    private static async Task<Ok<GeoparseResponse>> Geoparse(HttpRequest request, IncidentExtractor extractor, TimeProvider clock)
    {
        var article = await ReadArticleAsync(request, clock);
        try
        {
            return TypedResults.Ok(GeoparseResponse.From(extractor.Extract(article)));
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern ran past RegexTimeLimit on this text: say so on the field rather than hold the core.
            var errors = new FieldErrors();
            errors.Add("text", $"the geoparser gave up on this text: one of its patterns ran longer than {RegexTimeLimit.PerMatch.TotalSeconds:0} s");
            throw new InputValidationException("The text could not be read", errors);
        }
    }

    /// <summary>The article in a request body, checked: what /geoparse parses and /reports stores.</summary>
    public static async Task<Article> ReadArticleAsync(HttpRequest request, TimeProvider clock) =>
        (await JsonBody.ReadAsync<ArticleInput>(request)).Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
