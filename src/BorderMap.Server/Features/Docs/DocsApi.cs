using Scalar.AspNetCore;

namespace BorderMap.Server.Features.Docs;

/// <summary>The API reference page at /docs, rendered by Scalar from /openapi/v1.json with its bundled assets (no CDN).</summary>
internal static class DocsApi
{
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("BorderMap API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
