using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Viewer;

/// <summary>
/// The web viewer: its page at / and its scripts, styles and npm libraries as static files under
/// /viewer/ (wwwroot/viewer). Both paths are public reads in the access table.
/// </summary>
internal static class ViewerApi
{
    private const string Page = "viewer/index.html";

    public static WebApplication MapViewer(this WebApplication app)
    {
        // after the access middleware, so the static files obey the same table as the endpoints
        app.UseStaticFiles();
        app.MapGet("/", Index).WithName("Viewer").ExcludeFromDescription();
        return app;
    }

    private static Results<PhysicalFileHttpResult, NotFound> Index(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(Page);
        return page.Exists && page.PhysicalPath is { } path
            ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }
}
