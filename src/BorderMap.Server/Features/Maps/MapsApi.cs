using BorderMap.Core.Analytics;
using BorderMap.Data.Analytics;
using BorderMap.Rendering;
using BorderMap.Rendering.Charts;
using BorderMap.Rendering.Scenes;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.Http.HttpResults;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Maps;

/// <summary>/maps: PNG maps and timelines for briefs, drawn by BorderMap.Rendering. Same request, same bytes.</summary>
internal static class MapsApi
{
    public static IServiceCollection AddMaps(this IServiceCollection services) =>
        services.AddSingleton<MapStore>().AddSingleton<MapContents>()
            .AddReplicaReads(dataSource => new MapContents(new Analyses(new AnalyticsStore(dataSource)), new MapStore(dataSource))).AddSingleton<MapRenderer>().AddSingleton<TimelineChart>();

    public static IEndpointRouteBuilder MapMaps(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/maps").WithTags("Maps")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/heatmap.png", Heatmap).WithName("HeatmapMap").WithSummary("A heatmap map for a brief, as PNG")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/timeline.png", Timeline).WithName("TimelineChart").WithSummary("A timeline chart by event type for a brief, as PNG");
        return app;
    }

    private static async Task<FileContentHttpResult> Heatmap(HttpContext context, [FromKeyedServices(Reads.FromReplica)] MapContents contents, MapRenderer renderer, AnalyticsQueue queue)
    {
        var parsed = MapRequest.Parse(QueryParameters.Of(context.Request), defaultWidth: 1600, defaultHeight: 1000);
        var plan = await contents.PlanHeatmapAsync(parsed, queue.Budget, context.RequestAborted);
        return await queue.RunAsync(context, async ct =>
        {
            var content = await contents.HeatmapAsync(parsed, plan, null, ct);
            return TypedResults.File(renderer.RenderToPng(HeatmapMapScene.Build(content, parsed)), "image/png");
        });
    }

    private static async Task<FileContentHttpResult> Timeline(HttpContext context, [FromKeyedServices(Reads.FromReplica)] MapContents contents, TimelineChart chart, AnalyticsQueue queue)
    {
        var parsed = MapRequest.Parse(QueryParameters.Of(context.Request), defaultWidth: 1200, defaultHeight: 480);
        return await queue.RunAsync(context, async ct =>
        {
            var (totals, summary) = await contents.TimelineAsync(parsed, ct);
            var (buckets, options) = TimelineScene.Build(totals, summary, parsed);
            return TypedResults.File(chart.RenderToPng(buckets, options), "image/png");
        });
    }
}
