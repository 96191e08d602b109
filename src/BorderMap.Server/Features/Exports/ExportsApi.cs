using System.Reflection;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Exports;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderMap.Server.Features.Exports;

/// <summary>
/// /api/v1/exports/incidents.{gpkg,geojson,shp.zip,kml,csv}: every incident the list filters select,
/// as a file for QGIS, Google Earth or a spreadsheet, streamed without holding the rows in memory.
/// </summary>
internal static class ExportsApi
{
    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services.AddSingleton<ExportStore>().AddSingleton<IncidentExporter>();

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exports/incidents.{format}", Export).WithTags("Exports").WithName("ExportIncidents");
        return app;
    }

    private static Results<ExportFileResult, ProblemHttpResult> Export(string format, HttpRequest request, IncidentExporter exporter)
    {
        if (ExportFormat.Find(format) is not { } exportFormat)
        {
            return TypedResults.Problem($"'{(format.Length > 20 ? format[..20] + "…" : format)}' is not offered; use one of {string.Join(", ", ExportFormat.All.Select(f => f.Extension))}",
                statusCode: 404, title: Problems.ExportFormatUnknown);
        }
        var query = IncidentQueryParser.Parse(QueryParameters.Of(request));
        var errors = new FieldErrors();
        foreach (var paging in new[] { "limit", "cursor" }.Where(request.Query.ContainsKey))
            errors.Add(paging, "does not apply to an export, which holds every matching incident");
        if (errors.Any) throw new InputValidationException(Problems.InvalidQuery, errors, status: 400);
        return new ExportFileResult(exportFormat, query, exporter);
    }
}

/// <summary>Writes the export straight into the response body.</summary>
internal sealed class ExportFileResult(ExportFormat format, IncidentQuery query, IncidentExporter exporter)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => format.MediaType;

    public async Task ExecuteAsync(HttpContext context)
    {
        // The library writers (zip, XML, CSV) are not all asynchronous end to end: allow an
        // occasional synchronous flush rather than fail in the middle of a file.
        if (context.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        context.Response.ContentType = format.MediaType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.FileName("bordermap-incidents")}\"";
        await exporter.WriteAsync(format, query, context.Response.Body, progress: null, context.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var format in ExportFormat.All)
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [format.MediaType]));
    }
}
