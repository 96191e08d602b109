using BorderMap.Core.Analytics;
using BorderMap.Data.Analytics;
using BorderMap.Rendering;
using BorderMap.Rendering.Charts;
using BorderMap.Rendering.Scenes;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Maps;

/// <summary>/maps: PNG maps and timelines for briefs, drawn by BorderMap.Rendering. Same request, same bytes.</summary>
internal static class MapsApi
{
    public static IServiceCollection AddMaps(this IServiceCollection services) =>
        services.AddSingleton<MapStore>().AddSingleton<MapContents>().AddSingleton<MapRenderer>().AddSingleton<TimelineChart>();

    public static IEndpointRouteBuilder MapMaps(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/maps").WithTags("Maps").RequireRateLimiting(HeavyRequests.Analytics);
        group.MapGet("/heatmap.png", Heatmap).WithName("HeatmapMap").WithSummary("A heatmap map for a brief, as PNG");
        group.MapGet("/timeline.png", Timeline).WithName("TimelineChart").WithSummary("A timeline chart by event type for a brief, as PNG");
        return app;
    }

    private static async Task<FileContentHttpResult> Heatmap(HttpRequest request, MapContents contents, MapRenderer renderer, CancellationToken ct)
    {
        var parsed = MapRequest.Parse(QueryParameters.Of(request), defaultWidth: 1600, defaultHeight: 1000);
        var content = await contents.HeatmapAsync(parsed, null, ct);
        return TypedResults.File(renderer.RenderToPng(HeatmapMapScene.Build(content, parsed)), "image/png");
    }

    private static async Task<FileContentHttpResult> Timeline(HttpRequest request, MapContents contents, TimelineChart chart, CancellationToken ct)
    {
        var parsed = MapRequest.Parse(QueryParameters.Of(request), defaultWidth: 1200, defaultHeight: 480);
        var (totals, summary) = await contents.TimelineAsync(parsed, ct);
        var (buckets, options) = TimelineScene.Build(totals, summary, parsed);
        return TypedResults.File(chart.RenderToPng(buckets, options), "image/png");
    }
}
