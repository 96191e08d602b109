using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Analytics;
using BorderMap.Server.Features.Border;
using BorderMap.Server.Hosting;
using BorderMap.Rendering.Styles;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
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
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = CacheVendorFiles });
        app.MapGet("/", Index).WithName("Viewer").ExcludeFromDescription();
        app.MapGet("/viewer/event-types.json", EventTypes).WithName("ViewerEventTypes").ExcludeFromDescription();
        app.MapGet("/viewer/limits.json", Limits).WithName("ViewerLimits").ExcludeFromDescription();
        app.MapGet("/viewer/summary.json", Summary).WithName("ViewerSummary").ExcludeFromDescription();
        app.MapGet("/viewer/overview/{layer}.json", Overview).WithName("ViewerOverview").ExcludeFromDescription();
        app.MapViewerIncident();
        return app.MapViewerGlyphs();
    }

    /// <summary>
    /// The npm libraries change only with package.json: a browser keeps them a day without asking
    /// (then revalidates by ETag); the viewer's own files are revalidated on every load.
    /// </summary>
    private static void CacheVendorFiles(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl =
            context.Context.Request.Path.StartsWithSegments("/viewer/vendor") ? "public, max-age=86400" : "no-cache";

    /// <summary>
    /// The basemap, border line or segments simplified for the viewer's far zooms (BorderLayers'
    /// overview); the viewer loads the full layers from /api/v1 when it comes closer.
    /// </summary>
    private static IResult Overview(string layer, HttpContext http, BorderLayers layers) =>
        BorderLayers.WithOverview.Contains(layer)
            ? layers.Write(http, layer, overview: true)
            : TypedResults.Problem($"no overview of '{(layer.Length > 40 ? layer[..40] + "…" : layer)}'; there are {string.Join(", ", BorderLayers.WithOverview)}",
                statusCode: 404, title: Problems.NotFound);

    private static Results<PhysicalFileHttpResult, NotFound> Index(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(Page);
        return page.Exists && page.PhysicalPath is { } path
            ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }

    /// <summary>
    /// ACLED's event types with their labels and the renderer's marker colours and shapes, and the
    /// heatmap's ramp: the viewer draws with these, so a map in the browser and a rendered PNG use one
    /// palette (Okabe–Ito).
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
    /// <summary>
    /// How many incidents the view's filters and bbox select and whether any is synthetic: the count
    /// beside the list, and the banner that says synthetic rows are on the map.
    /// </summary>
    private static async Task<Ok<ViewerSummary>> Summary(HttpRequest request, MapStore maps, CancellationToken ct)
    {
        var query = IncidentQueryParser.Parse(QueryParameters.Of(request));
        var summary = await maps.SummaryAsync(query, ct);
        return TypedResults.Ok(new ViewerSummary(summary.Incidents, summary.First, summary.Last, summary.AnySynthetic));
    }

    private static Ok<ViewerLimits> Limits(IOptions<LimitsOptions> limits) => TypedResults.Ok(new ViewerLimits(limits.Value.ExportMaxRows));
}

internal sealed record ViewerLimits(int ExportMaxRows);

internal sealed record ViewerSummary(long Incidents, DateOnly? First, DateOnly? Last, bool Synthetic);

/// <summary>An event type as the viewer draws it: the renderer's colour and marker shape (circle, triangle or square).</summary>
internal sealed record ViewerEventType(string Code, string Label, string Colour, string Shape);

/// <summary>A stop of the heatmap's colour ramp: where (0 to 1 of the image's highest density) and which colour.</summary>
internal sealed record ViewerRampStop(float Position, string Colour);

internal sealed record ViewerPalette(IReadOnlyList<ViewerEventType> EventTypes, string Unclassified, IReadOnlyList<ViewerRampStop> Heat)
{
    public static ViewerPalette Current { get; } = new(
        EventType.All.Select(t => new ViewerEventType(t.Code, t.Label, Hex(IncidentStyles.ColorFor(t.Code)), Shape(IncidentStyles.For(t.Code)))).ToArray(),
        Hex(IncidentStyles.Unclassified.Fill ?? SKColors.Gray),
        ColorRamp.Heat.Stops.Select(s => new ViewerRampStop(s.Position, Rgba(s.Color))).ToArray());

    private static string Rgba(SKColor c) => FormattableString.Invariant($"rgba({c.Red}, {c.Green}, {c.Blue}, {c.Alpha / 255.0:0.##})");

    private static string Shape(SymbolStyle marker) => marker.SymbolType switch
    {
        SymbolType.Triangle => "triangle",
        SymbolType.Rectangle => "square",
        _ => "circle",
    };

    private static string Hex(SKColor c) => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";
}
