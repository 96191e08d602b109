using System.ComponentModel;
using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Import;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace BorderMap.Server.Features.Import;

/// <summary>
/// POST /api/v1/incidents:import — ACLED's CSV (or its deleted-events file) or a GeoJSON
/// FeatureCollection, streamed through <see cref="IncidentImporter"/> (the same pipeline as
/// <c>bordermap import</c>) into one transaction: all or nothing by default, only the good rows
/// with <c>mode=partial</c>. Either way every bad row is listed with its line and reason.
/// </summary>
internal static class ImportApi
{
    public const long MaxImportBytes = 1L << 30;

    public static IServiceCollection AddImport(this IServiceCollection services) =>
        services.AddSingleton(sp => new IncidentImporter(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<IncidentExtractor>(),
            sp.GetRequiredService<BorderModel>(), sp.GetRequiredService<GeodataSet>().Version, sp.GetRequiredService<TimeProvider>()));

    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/incidents:import", Import).WithTags("Incidents").WithName("ImportIncidents")
            .WithSummary("Import incidents from ACLED's CSV, ACLED's deleted-events CSV or a GeoJSON FeatureCollection")
            .WithDescription("ACLED rows are keyed by event_id_cnty: the same export imported again changes nothing, a changed row is a new revision, "
                + "and a deleted-events file (event_id_cnty, deleted_timestamp) retracts. mode=all (default) stores nothing when a row is bad; mode=partial stores the good rows.")
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, IncidentImporter importer,
        [FromQuery, Description("all (default): nothing is stored when a row is bad; partial: the good rows are stored and the bad listed")] string? mode,
        CancellationToken ct)
    {
        var importMode = (mode ?? "") switch
        {
            "" or "all" => ImportMode.All,
            "partial" => ImportMode.Partial,
            _ => throw new ProblemException(400, Problems.InvalidQuery, "mode must be all (the default) or partial"),
        };
        var declared = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var format = declared?.MediaType.ToString().ToLowerInvariant() switch
        {
            "text/csv" => ImportFormat.Csv,
            "application/geo+json" or "application/json" => ImportFormat.GeoJson,
            _ => throw new ProblemException(415, Problems.UnsupportedMediaType, "send text/csv (ACLED columns) or application/geo+json (a FeatureCollection)"),
        };
        var encoding = ImportCharset(format, declared!.Charset.ToString());
        // Imports are files, not request documents: the 1 MB JSON limit does not apply, the stream is never buffered.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxImportBytes;

        ImportResult result;
        try
        {
            result = await importer.ImportAsync(request.Body, new ImportOptions(format, importMode, Revisions.Author(request.HttpContext), Encoding: encoding), progress: null, ct);
        }
        catch (ImportFileException e)
        {
            throw new ProblemException(400, Problems.InvalidImport, e.Message);
        }
        if (result.Committed) return TypedResults.Ok(result);
        return TypedResults.Problem($"{result.RejectedCount} rows are not valid; nothing was stored (send mode=partial to store the good rows)",
            statusCode: 422, title: Problems.InvalidImport,
            extensions: new Dictionary<string, object?> { ["rejectedCount"] = result.RejectedCount, ["rejected"] = result.Rejected, ["stopped"] = result.Stopped });
    }

    /// <summary>
    /// The declared charset, honoured: a CSV may be UTF-8 (the default; US-ASCII is a part of it) or
    /// ISO-8859-1 (ACLED's older exports, spreadsheets); GeoJSON is UTF-8 (RFC 8259). Anything else is
    /// refused (415) rather than read as UTF-8 and stored garbled.
    /// </summary>
    private static System.Text.Encoding? ImportCharset(ImportFormat format, string? charset) =>
        (charset ?? "").Trim('"').ToLowerInvariant() switch
        {
            "" or "utf-8" or "utf8" or "us-ascii" => null,
            "iso-8859-1" or "latin1" or "iso_8859-1" or "l1" when format == ImportFormat.Csv => System.Text.Encoding.Latin1,
            var other => throw new ProblemException(415, Problems.UnsupportedMediaType,
                format == ImportFormat.Csv ? $"a CSV in charset {other} is not read: send UTF-8 or ISO-8859-1 and say which in Content-Type"
                                           : $"GeoJSON is UTF-8 (RFC 8259): charset {other} is not read"),
        };
}
