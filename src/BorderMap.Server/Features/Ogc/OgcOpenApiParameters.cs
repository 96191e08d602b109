using System.Text.Json.Nodes;
using BorderMap.Core.Queries;
using BorderMap.Core.Queries.Filtering;
using BorderMap.Data.Ogc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// Describes the items query parameters in /ogc/api (the handlers read the query string themselves,
/// so the generator cannot see them). Clients read the limit's default and maximum from here.
/// </summary>
internal sealed class OgcOpenApiParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is not ("OgcItems" or "OgcItem")) return Task.CompletedTask;

        operation.Parameters ??= [];
        var crsList = OgcCrs.Offered.Select(c => (JsonNode)c.Uri).ToList();
        operation.Parameters.Add(Query("crs", "The CRS of the response's geometries.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Enum = crsList, Default = OgcCrs.Crs84.Uri }));
        if (name == "OgcItem") return Task.CompletedTask;

        operation.Parameters.Add(Query("bbox", "minx,miny,maxx,maxy (or six numbers with heights) in bbox-crs axis order.",
            new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 4, MaxItems = 6, Items = new OpenApiSchema { Type = JsonSchemaType.Number } }, explode: false));
        operation.Parameters.Add(Query("bbox-crs", "The CRS of bbox.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Enum = crsList, Default = OgcCrs.Crs84.Uri }));
        operation.Parameters.Add(Query("datetime", "An RFC 3339 instant or interval start/end, '..' for an open end; matched against the incident's day.",
            new OpenApiSchema { Type = JsonSchemaType.String }));
        operation.Parameters.Add(Query("limit", "The page size.", new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Minimum = "1", Maximum = OgcItemsQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = OgcItemsQuery.DefaultLimit,
        }));
        operation.Parameters.Add(Query("cursor", "The position a next link carries; opaque.", new OpenApiSchema { Type = JsonSchemaType.String }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.EventTypeFilter, "incidents only: an ACLED event type code.", new OpenApiSchema { Type = JsonSchemaType.String }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.CountryFilter, "incidents and places: ISO 3166-1 alpha-2.", new OpenApiSchema { Type = JsonSchemaType.String }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.GeoPrecisionFilter, "incidents only: 1, 2 or 3.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "3" }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.FilterParameter,
            "A CQL2 filter on the collection's queryables (/collections/{collectionId}/queryables), e.g. event_type = 'battles' AND date >= DATE('2022-01-01').",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = OgcItemsQueryParser.MaxFilterLength }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.FilterLangParameter, "The filter's encoding; cql-text is the draft's name for cql2-text.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = OgcItemsQueryParser.FilterLanguages.Select(l => (JsonNode)l).ToList(), Default = "cql2-text" }));
        operation.Parameters.Add(Query(OgcItemsQueryParser.FilterCrsParameter, "The CRS of the filter's geometries: CRS84 only.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Enum = [OgcCrs.Crs84.Uri], Default = OgcCrs.Crs84.Uri }));
        // Each queryable is also a parameter name=value (Part 3); GDAL (and so QGIS) sends filters on the properties it finds here.
        foreach (var collections in OgcCollection.All
                     .SelectMany(c => OgcItemsQueryParser.QueryableParameters(c.FilterProperties).Select(n => (Name: n, Collection: c)))
                     .GroupBy(x => x.Name, x => x.Collection))
        {
            var property = collections.First().FilterProperties[collections.Key];
            operation.Parameters.Add(Query(collections.Key, $"{string.Join(", ", collections.Select(c => c.Id))}: items whose {collections.Key} equals this ({property.Title}).",
                new OpenApiSchema { Type = property.Type switch
                {
                    CqlType.Integer => JsonSchemaType.Integer,
                    CqlType.Number => JsonSchemaType.Number,
                    CqlType.Boolean => JsonSchemaType.Boolean,
                    _ => JsonSchemaType.String,
                } }));
        }
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, bool explode = true) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Required = false, Schema = schema,
        Style = ParameterStyle.Form, Explode = explode,
    };
}
