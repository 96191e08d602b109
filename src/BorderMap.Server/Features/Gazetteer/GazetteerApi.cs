using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Gazetteer;

internal sealed record CandidateView(
    string Id, string Type, string Name, string MatchedName, string Match, double Score, string? FeatureCode, string Country,
    string? Admin1, string? Admin2, PointGeometry? Geometry, long Population, double? BorderDistanceM, double? DistanceM);

internal sealed record SearchResult(string Query, string GazetteerVersion, IReadOnlyList<CandidateView> Candidates);

/// <summary>GET /api/v1/gazetteer/search: ranked candidates for a place name in any spelling, with why each matched.</summary>
internal static class GazetteerApi
{
    public const int MaxQueryLength = 200;

    public static IEndpointRouteBuilder MapGazetteer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/gazetteer/search", Search).WithTags("Gazetteer").WithName("SearchGazetteer")
            .WithSummary("Search places, border segments and crossings by any name, script or spelling")
            .WithQueryParameters(() =>
            [
                OpenApiQuery.Parameter("q", "The name to look for (Latin, Cyrillic or Persian script; transliterations match).", OpenApiQuery.Text(maxLength: MaxQueryLength), required: true),
                OpenApiQuery.Parameter("country", "ISO 3166-1 alpha-2: only places in this country. Default: any.", OpenApiQuery.Text()),
                OpenApiQuery.Parameter("near", "lon,lat in degrees: rank places near it first. Default: none.", OpenApiQuery.Text()),
                OpenApiQuery.Parameter("limit", "The most candidates answered.", OpenApiQuery.Integer(1, 50, 10)),
            ]);
        return app;
    }

    private static Ok<SearchResult> Search(HttpRequest request, PlaceGazetteer gazetteer, Core.Geodata.GeodataSet geodata)
    {
        var query = new QueryValues(QueryParameters.Of(request));
        var q = query.Text("q", MaxQueryLength, required: true);
        var country = query.Country("country");
        var near = query.Point("near");
        var limit = query.Int("limit", 1, 50, 10);
        query.ThrowIfInvalid();

        var candidates = gazetteer.Search(q!, country, near, limit).Select(c => new CandidateView(
            c.Id, c.Type, c.Name, c.MatchedName, c.Match.ToString().ToLowerInvariant(), Math.Round(c.Score, 4), c.FeatureCode, c.Country,
            c.Admin1Name, c.Admin2Name, PointGeometry.Of(c.Location), c.Population,
            c.BorderDistanceM is { } b ? Math.Round(b) : null, c.DistanceM is { } d ? Math.Round(d) : null)).ToList();
        return TypedResults.Ok(new SearchResult(q!, geodata.Version, candidates));
    }
}
