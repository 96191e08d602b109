using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// Moves the items' <c>limit</c> into <c>components.parameters</c> and refers to it from each
/// operation: QGIS reads the server's default and maximum page size only from there, and with none
/// found pages 100 features a time (issue 16: 202 requests for 20,000 incidents).
/// </summary>
internal sealed class OgcOpenApiComponents : IOpenApiDocumentTransformer
{
    public const string Limit = "limit";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        OpenApiParameter? limit = null;
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Parameters is not { } parameters) continue;
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i] is not OpenApiParameter { Name: Limit } inline) continue;
                limit ??= inline;
                parameters[i] = new OpenApiParameterReference(Limit, document);
            }
        }
        if (limit is null) return Task.CompletedTask;
        document.Components ??= new OpenApiComponents();
        document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        document.Components.Parameters[Limit] = limit;
        return Task.CompletedTask;
    }
}
