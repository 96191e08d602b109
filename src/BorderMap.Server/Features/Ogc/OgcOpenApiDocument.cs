using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// Shapes /ogc/api the way OGC clients read it. The paths are relative to the landing page, with
/// the server's /ogc as the <c>servers</c> entry: GDAL (before 3.7) looks the items' parameters up
/// under <c>/collections/{collectionId}/items</c> and finds no filter support otherwise. The items'
/// <c>limit</c> moves into <c>components.parameters</c>: QGIS reads the default and maximum page
/// size only from there, and with none found pages 100 features a time (issue 16: 202 requests
/// for 20,000 incidents).
/// </summary>
internal sealed class OgcOpenApiDocument : IOpenApiDocumentTransformer
{
    public const string Limit = "limit";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        RelativePaths(document);
        LimitInComponents(document);
        return Task.CompletedTask;
    }

    private static void RelativePaths(OpenApiDocument document)
    {
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
            paths[path.StartsWith("/ogc/", StringComparison.Ordinal) ? path["/ogc".Length..] : path == "/ogc" ? "/" : path] = item;
        document.Paths = paths;
        var server = document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/') ?? "";
        document.Servers = [new OpenApiServer { Url = $"{server}/ogc" }];
    }

    private static void LimitInComponents(OpenApiDocument document)
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
        if (limit is null) return;
        document.Components ??= new OpenApiComponents();
        document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        document.Components.Parameters[Limit] = limit;
    }
}
