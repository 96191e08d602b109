using BorderMap.Core.Access;
using BorderMap.Server.Hosting.Access;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace BorderMap.Server.Hosting.OpenApi;

/// <summary>
/// The problem+json answers a route can give besides its own, declared on every route of the group
/// so that /openapi/v1.json shows them: handlers throw their 4xx (parse, then act), which the
/// generator cannot see. What a route answers follows from what it takes:
/// <list type="bullet">
/// <item>every route: 401 (a key that is not valid), 500, 503 (the database, which checks keys, does not answer); 429 unless it is a health probe;</item>
/// <item>403 where <see cref="AccessRules"/> asks more than a reader's role;</item>
/// <item>404 where the path has parameters (an id, a layer, a collection);</item>
/// <item>400 where it declares query parameters (<see cref="OpenApiQuery.WithQueryParameters"/>);</item>
/// <item>400, 413, 415 and 422 where it reads a body.</item>
/// </list>
/// A route adds what only it answers (409, 412, a 422 of its own) with <c>ProducesProblem</c>.
/// </summary>
internal static class ProblemAnswers
{
    public static RouteGroupBuilder WithProblemAnswers(this RouteGroupBuilder group)
    {
        // Finally: after the routes' own conventions, so their Accepts and parameters are known.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            foreach (var status in StatusesOf(route).Except(Declared(route)).Order())
                route.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return group;
    }

    private static IEnumerable<int> StatusesOf(RouteEndpointBuilder route)
    {
        var path = "/" + (route.RoutePattern.RawText ?? "").TrimStart('/');
        var methods = route.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).DefaultIfEmpty("GET").ToList();
        var required = methods.Max(m => AccessRules.Required(m, path, anonymousRead: false));

        // A key that is sent is checked against the database on any route: 401 when it is not valid, 503 when the database does not answer.
        yield return StatusCodes.Status401Unauthorized;
        yield return StatusCodes.Status500InternalServerError;
        yield return StatusCodes.Status503ServiceUnavailable;
        if (required > ApiRole.Reader) yield return StatusCodes.Status403Forbidden;
        // The health probes are never rate limited.
        if (required > ApiRole.Anonymous) yield return StatusCodes.Status429TooManyRequests;
        if (route.RoutePattern.Parameters.Count > 0) yield return StatusCodes.Status404NotFound;
        if (route.Metadata.OfType<QueryParametersMetadata>().Any())
            yield return StatusCodes.Status400BadRequest;
        if (route.Metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Count > 0))
        {
            yield return StatusCodes.Status400BadRequest;
            yield return StatusCodes.Status413PayloadTooLarge;
            yield return StatusCodes.Status415UnsupportedMediaType;
            yield return StatusCodes.Status422UnprocessableEntity;
        }
    }

    private static IEnumerable<int> Declared(RouteEndpointBuilder route) =>
        route.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode);
}
