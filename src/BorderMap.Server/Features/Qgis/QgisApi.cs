using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Qgis;

/// <summary>
/// What a QGIS analyst opens in one step: a project with every BorderMap layer, pointing at this
/// server, and the MapLibre style of the incidents vector tiles (QGIS 3.22 imports it).
/// </summary>
internal static class QgisApi
{
    public static IEndpointRouteBuilder MapQgis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exports/bordermap.qgs", Project).WithTags("Exports").WithName("QgisProject")
            .WithSummary("A QGIS project with the incidents (OGC API – Features, styled by event type), the heatmap GeoTIFF, the border line, segments and crossings, all pointing at this server")
            .Produces(StatusCodes.Status200OK, contentType: QgisProject.MediaType);
        app.MapGet("/tiles/style.json", Style).WithTags("Vector tiles").WithName("TileStyle")
            .WithSummary("A MapLibre style for the incidents vector tiles in the viewer's colours (QGIS 3.22: Symbology ▸ Style ▸ Load Style)");
        return app;
    }

    private static FileContentHttpResult Project(HttpRequest request)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
            QgisProject.For(RequestOrigin.Of(request)).Save(writer);
        return TypedResults.File(buffer.ToArray(), QgisProject.MediaType, "bordermap.qgs");
    }

    private static Ok<JsonObject> Style(HttpRequest request) => TypedResults.Ok(MapLibreStyle.For(RequestOrigin.Of(request)));
}
