using System.Globalization;
using BorderMap.Core.Analytics;
using BorderMap.Data.Analytics;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Analytics;

/// <summary>/api/v1/analytics: heatmap (KDE as QGIS computes it), hotspots (hexagons + Gi*), timeline, segments.</summary>
internal static class AnalyticsApi
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services) =>
        services.AddSingleton<AnalyticsStore>().AddSingleton<Analyses>().AddReplicaReads(dataSource => new Analyses(new AnalyticsStore(dataSource)))
            .Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer<AnalyticsOpenApiParameters>());

    public static IEndpointRouteBuilder MapAnalytics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/analytics").WithTags("Analytics").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/heatmap", Heatmap).WithName("Heatmap")
            .WithSummary("Kernel density of incidents on a UTM 42N grid, as QGIS computes it")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/hotspots", Hotspots).WithName("Hotspots")
            .WithSummary("Getis–Ord Gi* hot and cold spots over hexagons, with FDR correction and ArcGIS's 90/95/99 % bins")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/timeline", Timeline).WithName("Timeline")
            .WithSummary("Incidents and fatalities per day, week or month, with partial edge buckets flagged");
        group.MapGet("/segments", Segments).WithName("SegmentChanges")
            .WithSummary("Incidents per border segment in a period and in the period of the same length before it");
        return app;
    }

    private static async Task<Results<HeatmapJson, FileContentHttpResult>> Heatmap(HttpContext context, [FromKeyedServices(Reads.FromReplica)] Analyses analyses, AnalyticsQueue queue)
    {
        var parsed = HeatmapRequest.Parse(QueryParameters.Of(context.Request));
        var plan = await analyses.PlanHeatmapAsync(parsed, queue.Budget, context.RequestAborted);
        return await queue.RunAsync<Results<HeatmapJson, FileContentHttpResult>>(context, async ct =>
        {
            var heatmap = await analyses.HeatmapAsync(plan, ct);
            context.Response.Headers["Server-Timing"] = FormattableString.Invariant(
                $"read;dur={heatmap.ReadTime.TotalMilliseconds:F1};desc=\"PostGIS filter + stream of stored UTM 42N points\", kde;dur={heatmap.SumTime.TotalMilliseconds:F1};desc=\"kernel sum\", wait;dur={heatmap.SumWaitTime.TotalMilliseconds:F1};desc=\"read held up by the sum\"");
            if (parsed.Format == HeatmapFormat.Json) return new HeatmapJson(heatmap);

            // A PNG carries no georeference of its own: say where it lies, as GDAL's geotransform.
            var grid = heatmap.Grid;
            context.Response.Headers["X-Grid-CRS"] = $"EPSG:{Core.Analytics.Heatmap.Epsg}";
            context.Response.Headers["X-Grid-GeoTransform"] = string.Join(',',
                new[] { grid.MinX, grid.CellWidth, 0, grid.MaxY, 0, -grid.CellHeight }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            return parsed.Format == HeatmapFormat.Png
                ? TypedResults.File(HeatmapPng.Encode(heatmap), "image/png", "heatmap.png")
                : TypedResults.File(HeatmapGeoTiff.Encode(heatmap, new HeatmapMetadata(heatmap, parsed, Uri.UnescapeDataString(context.Request.QueryString.Value?.TrimStart('?') ?? ""))),
                    HeatmapGeoTiff.MediaType, "heatmap.tif");
        });
    }

    private static async Task<GeoJsonResult<HotspotCollection>> Hotspots(HttpContext context, [FromKeyedServices(Reads.FromReplica)] Analyses analyses, AnalyticsQueue queue)
    {
        var parsed = HotspotRequest.Parse(QueryParameters.Of(context.Request));
        var plan = await analyses.PlanHotspotsAsync(parsed, queue.Budget, context.RequestAborted);
        var bins = await queue.RunAsync(context, ct => analyses.HotspotsAsync(plan, ct));
        return GeoJson.Ok(HotspotCollection.From(parsed, bins));
    }

    private static async Task<Ok<TimelineView>> Timeline(HttpRequest request, [FromKeyedServices(Reads.FromReplica)] Analyses analyses, CancellationToken ct)
    {
        var parsed = TimelineRequest.Parse(QueryParameters.Of(request));
        return TypedResults.Ok(TimelineView.From(parsed, await analyses.TimelineAsync(parsed, ct)));
    }

    private static async Task<GeoJsonResult<SegmentCollection>> Segments(HttpRequest request, [FromKeyedServices(Reads.FromReplica)] Analyses analyses, CancellationToken ct)
    {
        var parsed = SegmentChangeRequest.Parse(QueryParameters.Of(request));
        var segments = await analyses.SegmentChangesAsync(parsed, ct);
        var previous = parsed.PreviousPeriod();
        return GeoJson.Ok(new SegmentCollection(segments.Select(SegmentFeature.From).ToList(),
            new Period(parsed.From, parsed.To), new Period(previous.From, previous.To)));
    }
}
