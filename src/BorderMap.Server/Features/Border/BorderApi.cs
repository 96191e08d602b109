using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Border;

internal sealed record SegmentRef(string Id, string Name, string? TjDistrict, string? AfDistrict);

internal sealed record CrossingRef(string Id, string Name, double DistanceM);

internal sealed record BorderContextView(
    PointGeometry Point, string? Side, double DistanceM, SegmentRef Segment, CrossingRef? NearestCrossing,
    PointGeometry NearestPointOnLine, string GazetteerVersion);

/// <summary>/api/v1/border: the context of any point, and the border's layers as GeoJSON.</summary>
internal static class BorderApi
{
    public static IServiceCollection AddBorderLayers(this IServiceCollection services) => services.AddSingleton<BorderLayers>();

    public static IEndpointRouteBuilder MapBorder(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Border");
        group.MapGet("/border/context", Context).WithName("BorderContext")
            .WithSummary("The border context of a point: side, distance to the border, segment, nearest crossing")
            .WithQueryParameters(() =>
            [
                OpenApiQuery.Parameter("lon", "Longitude in degrees (EPSG:4326).", OpenApiQuery.Number(-180, 180, null), required: true),
                OpenApiQuery.Parameter("lat", "Latitude in degrees (EPSG:4326).", OpenApiQuery.Number(-90, 90, null), required: true),
            ]);
        group.MapGet("/border/line", (HttpContext http, BorderLayers layers) => layers.Write(http, BorderLayers.Line))
            .WithSummary("The Tajik–Afghan border line as GeoJSON");
        group.MapGet("/border/segments", (HttpContext http, BorderLayers layers) => layers.Write(http, BorderLayers.Segments))
            .WithSummary("The border cut into named segments, as GeoJSON");
        group.MapGet("/border/crossings", (HttpContext http, BorderLayers layers) => layers.Write(http, BorderLayers.Crossings))
            .WithSummary("Border crossings (bridges, border posts) as GeoJSON points");
        group.MapGet("/basemap", (HttpContext http, BorderLayers layers) => layers.Write(http, BorderLayers.Basemap))
            .WithSummary("The basemap: the countries of the region, as GeoJSON");
        return app;
    }

    private static Ok<BorderContextView> Context(HttpRequest request, BorderModel border, GeodataSet geodata)
    {
        var query = new QueryValues(QueryParameters.Of(request));
        var lon = query.Number("lon", -180, 180, required: true);
        var lat = query.Number("lat", -90, 90, required: true);
        query.ThrowIfInvalid();

        var point = new GeoPoint(lon!.Value, lat!.Value);
        var p = border.Locate(point);
        return TypedResults.Ok(new BorderContextView(
            PointGeometry.Of(point)!, p.Side, Math.Round(p.DistanceM, 1),
            new SegmentRef(p.Segment.Id, p.Segment.Name, p.Segment.TjAdmin2Name, p.Segment.AfAdmin2Name),
            p.NearestCrossing is { } c ? new CrossingRef(c.Id, c.Name, Math.Round(p.NearestCrossingM!.Value, 1)) : null,
            PointGeometry.Of(p.NearestPointOnLine)!, geodata.Version));
    }
}
