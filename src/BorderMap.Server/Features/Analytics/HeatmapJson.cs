using System.Reflection;
using System.Text.Json;
using BorderMap.Core.Analytics;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderMap.Server.Features.Analytics;

/// <summary>
/// A heatmap as JSON: the grid's georeference in EPSG:32642 (GDAL's geotransform order too) and
/// the values row-major from the north-west cell, each the density at the cell's centre. Written
/// straight to the response, because a 4096 × 4096 grid is too big to build as objects first.
/// </summary>
internal sealed class HeatmapJson(Heatmap heatmap) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json";

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        var grid = heatmap.Grid;
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("crs", $"EPSG:{Heatmap.Epsg}");
        json.WriteString("kernel", heatmap.Kde.Shape.Name());
        json.WriteNumber("radiusM", heatmap.Kde.RadiusM);
        json.WriteString("output", heatmap.Kde.Output.ToString().ToLowerInvariant());
        json.WriteString("weight", heatmap.WeightedByFatalities ? "fatalities" : "none");
        json.WriteNumber("incidents", heatmap.Incidents);
        json.WriteBoolean("synthetic", heatmap.Synthetic);
        json.WriteNumber("columns", grid.Columns);
        json.WriteNumber("rows", grid.Rows);
        json.WriteNumber("cellWidth", grid.CellWidth);
        json.WriteNumber("cellHeight", grid.CellHeight);
        json.WriteStartArray("extent");
        foreach (var v in new[] { grid.MinX, grid.MinY, grid.MaxX, grid.MaxY }) json.WriteNumberValue(v);
        json.WriteEndArray();
        json.WriteStartArray("geoTransform");
        foreach (var v in new[] { grid.MinX, grid.CellWidth, 0, grid.MaxY, 0, -grid.CellHeight }) json.WriteNumberValue(v);
        json.WriteEndArray();
        json.WriteString("rowOrder", "north to south; values[row * columns + column] is the density at the cell's centre");
        json.WriteNumber("max", heatmap.Max);
        json.WriteStartArray("values");
        var values = heatmap.Values;
        for (var i = 0; i < values.Length; i++)
        {
            json.WriteNumberValue(values[i]);
            if (json.BytesPending > 64 * 1024) await json.FlushAsync(context.RequestAborted);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), ["application/json"]));
}
