using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BorderMap.Server.Hosting.OpenApi;

/// <summary>
/// Query parameters as /openapi/v1.json declares them. Handlers read the query string through Core's
/// parsers (parse, then act), which the generator cannot see; each route names its parameters with
/// <see cref="WithQueryParameters"/>, in the words and ranges of those parsers.
/// </summary>
internal static class OpenApiQuery
{
    /// <summary>Declares the route's query parameters; a route that takes any may also answer 400.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder route, Func<IEnumerable<OpenApiParameter>> parameters)
    {
        route.WithMetadata(new QueryParametersMetadata());
        return route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters()) operation.Parameters.Add(parameter);
            return Task.CompletedTask;
        });
    }

    public static OpenApiParameter Parameter(string name, string description, OpenApiSchema schema, bool required = false) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Required = required, Schema = schema,
    };

    public static OpenApiSchema Text(string? format = null, IEnumerable<string>? enumeration = null, string? fallback = null, int? maxLength = null) => new()
    {
        Type = JsonSchemaType.String,
        Format = format,
        Enum = enumeration?.Select(e => (JsonNode)e).ToList(),
        Default = fallback,
        MaxLength = maxLength,
    };

    public static OpenApiSchema Number(double min, double max, double? fallback) => new()
    {
        Type = JsonSchemaType.Number,
        Minimum = min.ToString(CultureInfo.InvariantCulture),
        Maximum = max.ToString(CultureInfo.InvariantCulture),
        Default = fallback,
    };

    public static OpenApiSchema Integer(long min, long max, long? fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = min.ToString(CultureInfo.InvariantCulture),
        Maximum = max.ToString(CultureInfo.InvariantCulture),
        Default = fallback,
    };

    /// <param name="fallback">the value when the parameter is left out; null when leaving it out means neither</param>
    public static OpenApiSchema Flag(bool? fallback) => new() { Type = JsonSchemaType.Boolean, Default = fallback };
}
