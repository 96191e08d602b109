using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Exports;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Limits;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Exports;

/// <summary>
/// /api/v1/exports/incidents.{gpkg,geojson,shp.zip,kml,csv,csv.zip,acled.csv}: every incident the list filters
/// select, as a file for QGIS, Google Earth, a spreadsheet or ACLED's tools, streamed without holding
/// the rows in memory. CSV cells are neutralised for spreadsheets unless <c>raw=true</c> (machines only).
/// </summary>
internal static class ExportsApi
{
    /// <summary>The <c>errors</c> key of a too-large export: the filters together, not one of them, decide its size.</summary>
    private const string TooLargeField = "filters";

    /// <summary>raw=true: CSV cells exactly as stored, for trusted machine round trips (not safe to open in a spreadsheet).</summary>
    private const string RawParameter = "raw";

    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services.AddSingleton<ExportStore>().AddSingleton<IncidentExporter>()
            .AddReplicaReads(dataSource => new IncidentExporter(new ExportStore(dataSource)));

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exports/incidents.{format}", Export).WithTags("Exports").WithName("ExportIncidents")
            .WithSummary("Export the incidents the list filters select as GeoPackage, GeoJSON, zipped Shapefile, KML, CSV (bare, or zipped with GDAL's .csvt and a .prj) or ACLED's CSV layout")
            .WithDescription("acled.csv writes ACLED's 31 columns in ACLED's order, then BorderMap's own (bordermap_*), so an ACLED export imported "
                + "and exported again gives back the same values. CSV text cells starting with =, +, -, @, tab or CR get a leading apostrophe "
                + "(spreadsheet formula injection); raw=true writes them as stored, for machines only.")
            .WithQueryParameters(() => IncidentFilterDocs.Filters())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRateLimiting(HeavyRequests.Exports);
        return app;
    }

    private static async Task<Results<ExportFileResult, ProblemHttpResult>> Export(
        string format, HttpRequest request, [FromKeyedServices(Reads.FromReplica)] IncidentExporter exporter, IOptions<LimitsOptions> limits,
        [FromQuery(Name = RawParameter), Description("true: CSV cells exactly as stored, without the apostrophe that keeps spreadsheets from running formulas (machines only)")] string? raw,
        CancellationToken ct)
    {
        if (ExportFormat.Find(format) is not { } exportFormat)
        {
            return TypedResults.Problem($"'{(format.Length > 20 ? format[..20] + "…" : format)}' is not offered; use one of {string.Join(", ", ExportFormat.All.Select(f => f.Extension))}",
                statusCode: 404, title: Problems.ExportFormatUnknown);
        }
        var query = IncidentQueryParser.Parse(QueryParameters.Of(request), new HashSet<string> { RawParameter });
        var errors = new FieldErrors();
        var rawValues = (raw ?? "") switch
        {
            "" or "false" => false,
            "true" => true,
            _ => Invalid(errors, RawParameter, "must be true or false"),
        };
        foreach (var paging in new[] { "limit", "cursor" }.Where(request.Query.ContainsKey))
            errors.Add(paging, "does not apply to an export, which holds every matching incident");
        if (errors.Any) throw new InputValidationException(Problems.InvalidQuery, errors, status: 400);

        // Checked before the response starts, so a refused export never leaves half a file behind.
        // Incidents stored between this count and the export's own query may still go in.
        var maxRows = limits.Value.ExportMaxRows;
        if (await exporter.ExceedsAsync(query, maxRows, ct)) return TooLarge(maxRows);
        return new ExportFileResult(exportFormat, query, exporter, rawValues);
    }

    private static bool Invalid(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }

    /// <summary>422 naming the cap: the filters are valid, but select more than one export may hold.</summary>
    private static ProblemHttpResult TooLarge(int maxRows)
    {
        var cap = maxRows.ToString("N0", CultureInfo.InvariantCulture);
        var errors = new Dictionary<string, string[]>
        {
            [TooLargeField] = [$"select more than {cap} incidents, the most one export holds (Limits:ExportMaxRows); narrow bbox, from/to, types or country, or export one period at a time"],
        };
        return TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = Problems.ExportTooLarge,
            Detail = $"an export holds at most {cap} incidents",
            Extensions = { ["maxRows"] = maxRows },
        });
    }
}

/// <summary>Writes the export straight into the response body.</summary>
internal sealed class ExportFileResult(ExportFormat format, IncidentQuery query, IncidentExporter exporter, bool raw)
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
        await exporter.WriteAsync(format, query, context.Response.Body, progress: null, context.RequestAborted, raw);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var format in ExportFormat.All)
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [format.MediaType]));
    }
}
