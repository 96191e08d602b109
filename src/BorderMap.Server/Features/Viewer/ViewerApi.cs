using BorderMap.Core.Incidents;
using BorderMap.Rendering.Styles;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace BorderMap.Server.Features.Viewer;

/// <summary>
/// The web viewer: its page at / and its scripts, styles and npm libraries as static files under
/// /viewer/ (wwwroot/viewer), the event-type palette it shares with the renderer, the limits it warns
/// about, and the SDF glyphs its labels are drawn with. Everything under /viewer/ is a public read in the access table.
/// </summary>
internal static class ViewerApi
{
    private const string Page = "viewer/index.html";

    public static WebApplication MapViewer(this WebApplication app)
    {
        // after the access middleware, so the static files obey the same table as the endpoints
        app.UseStaticFiles();
        app.MapGet("/", Index).WithName("Viewer").ExcludeFromDescription();
        app.MapGet("/viewer/event-types.json", EventTypes).WithName("ViewerEventTypes").ExcludeFromDescription();
        app.MapGet("/viewer/limits.json", Limits).WithName("ViewerLimits").ExcludeFromDescription();
        return app.MapViewerGlyphs();
    }

    private static Results<PhysicalFileHttpResult, NotFound> Index(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(Page);
        return page.Exists && page.PhysicalPath is { } path
            ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }

    /// <summary>
    /// ACLED's event types with their labels and the renderer's marker colours: the viewer draws
    /// with these, so a map in the browser and a rendered PNG use one palette (Okabe–Ito).
    /// </summary>
    private static Ok<ViewerPalette> EventTypes(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(ViewerPalette.Current);
    }

    /// <summary>
    /// The limits the viewer warns about before a click meets them: its export links are disabled
    /// while the view selects more incidents than one export may hold (<c>Limits:ExportMaxRows</c>).
    /// </summary>
    private static Ok<ViewerLimits> Limits(IOptions<LimitsOptions> limits) => TypedResults.Ok(new ViewerLimits(limits.Value.ExportMaxRows));
}

internal sealed record ViewerLimits(int ExportMaxRows);

internal sealed record ViewerEventType(string Code, string Label, string Colour);

internal sealed record ViewerPalette(IReadOnlyList<ViewerEventType> EventTypes, string Unclassified)
{
    public static ViewerPalette Current { get; } = new(
        EventType.All.Select(t => new ViewerEventType(t.Code, t.Label, Hex(IncidentStyles.ColorFor(t.Code)))).ToArray(),
        Hex(IncidentStyles.Unclassified.Fill ?? SKColors.Gray));

    private static string Hex(SKColor c) => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";
}
