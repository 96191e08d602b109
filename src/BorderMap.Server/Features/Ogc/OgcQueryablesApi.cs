using System.Text.Json.Nodes;
using BorderMap.Core.Queries.Filtering;
using BorderMap.Data.Ogc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// /ogc/collections/{id}/queryables (OGC API – Features Part 3): the properties a filter may name,
/// as a JSON Schema with each one's type, format and, for closed lists, its values.
/// </summary>
internal static class OgcQueryablesApi
{
    public const string MediaType = "application/schema+json";
    public const string Rel = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    public static RouteGroupBuilder MapOgcQueryables(this RouteGroupBuilder ogc)
    {
        ogc.MapGet("/collections/{collectionId}/queryables", Queryables).WithName("OgcQueryables")
            .WithSummary("The properties a filter on this collection may name, as JSON Schema")
            .Produces(StatusCodes.Status200OK, contentType: MediaType);
        return ogc;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Queryables(string collectionId, HttpRequest request)
    {
        if (OgcCollection.Find(collectionId) is not { } collection) return OgcApi.UnknownCollection(collectionId);
        var properties = new JsonObject();
        foreach (var q in collection.Queryables.Select(q => q.Property)) properties[q.Name] = Schema(q, collection.GeometryType);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2019-09/schema",
            ["$id"] = $"{OgcApi.Base(request)}/collections/{collection.Id}/queryables",
            ["type"] = "object",
            ["title"] = collection.Title,
            ["description"] = "Filter with filter-lang=cql2-text or cql2-json; each non-geometry property is also a query parameter name=value.",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        return TypedResults.Content(schema.ToJsonString(), MediaType);
    }

    private static JsonObject Schema(QueryableProperty q, string geometryType)
    {
        var schema = new JsonObject { ["title"] = q.Title };
        switch (q.Type)
        {
            case CqlType.Integer: schema["type"] = "integer"; break;
            case CqlType.Number: schema["type"] = "number"; break;
            case CqlType.Boolean: schema["type"] = "boolean"; break;
            case CqlType.Date: schema["type"] = "string"; schema["format"] = "date"; break;
            case CqlType.Timestamp: schema["type"] = "string"; schema["format"] = "date-time"; break;
            case CqlType.Geometry:
                schema["format"] = $"geometry-{geometryType.ToLowerInvariant()}";
                schema["x-ogc-role"] = "primary-geometry";
                break;
            default: schema["type"] = "string"; break;
        }
        if (q.Values is { } values) schema["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray());
        return schema;
    }
}
