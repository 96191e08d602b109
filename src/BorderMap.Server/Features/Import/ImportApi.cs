using System.Text;
using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Import;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;
using BorderMap.Data.Reports;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace BorderMap.Server.Features.Import;

/// <summary>A row the import refused, by the line of the file it starts on.</summary>
internal sealed record RejectedRow(int Line, string Reason);

internal sealed record ImportResult(string Mode, int Imported, int RejectedCount, IReadOnlyList<RejectedRow> Rejected);

/// <summary>
/// POST /api/v1/incidents:import — ACLED-style CSV or a GeoJSON FeatureCollection, streamed row by row
/// into one transaction: all or nothing by default, only the good rows with <c>mode=partial</c>.
/// Either way every bad row is listed with its line and reason.
/// </summary>
internal static class ImportApi
{
    public const long MaxImportBytes = 1L << 30;
    private const int MaxListed = 1_000;

    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/incidents:import", Import).WithTags("Incidents").WithName("ImportIncidents")
            .Accepts<string>("text/csv", "application/geo+json", "application/json");
        return app;
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, NpgsqlDataSource dataSource,
        IncidentExtractor extractor, BorderModel border, GeodataSet geodata, TimeProvider clock, CancellationToken ct)
    {
        var mode = request.Query["mode"].ToString() switch
        {
            "" or "all" => "all",
            "partial" => "partial",
            _ => throw new ProblemException(400, Problems.InvalidQuery, "mode must be all (the default) or partial"),
        };
        var rows = Rows(request, ct);
        // Imports are files, not request documents: the 1 MB JSON limit does not apply, the stream is never buffered.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxImportBytes;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var author = Revisions.Author(request.HttpContext);
        var rejected = new List<RejectedRow>();
        var rejectedCount = 0;
        await using var batch = await IncidentBatch.BeginAsync(dataSource, ct);
        try
        {
            await foreach (var (line, input, error) in rows)
            {
                var reason = error;
                if (reason is null)
                {
                    try
                    {
                        var draft = IncidentGeocoding.Complete(input!, extractor).Validate(today);
                        await batch.InsertAsync(draft, border.ContextOf(draft.Location), geodata.Version, author, ct);
                    }
                    catch (InputValidationException e)
                    {
                        reason = string.Join("; ", e.Errors.ToDictionary().SelectMany(f => f.Value.Select(m => $"{f.Key} {m}")));
                    }
                }
                if (reason is null) continue;
                rejectedCount++;
                if (rejected.Count < MaxListed) rejected.Add(new RejectedRow(line, reason));
            }
        }
        catch (JsonException e)
        {
            throw new ProblemException(400, Problems.InvalidImport, $"the GeoJSON cannot be read: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            throw new ProblemException(400, Problems.InvalidImport, "the CSV is not UTF-8 text");
        }

        var result = new ImportResult(mode, mode == "all" && rejectedCount > 0 ? 0 : batch.Written, rejectedCount, rejected);
        if (mode == "all" && rejectedCount > 0)
        {
            return TypedResults.Problem($"{rejectedCount} rows are not valid; nothing was stored (send mode=partial to store the good rows)",
                statusCode: 422, title: Problems.InvalidImport,
                extensions: new Dictionary<string, object?> { ["rejectedCount"] = rejectedCount, ["rejected"] = rejected });
        }
        await batch.CommitAsync(ct);
        return TypedResults.Ok(result);
    }

    private static IAsyncEnumerable<(int Line, IncidentInput? Input, string? Error)> Rows(HttpRequest request, CancellationToken ct)
    {
        var type = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.ToString() : "";
        return type.ToLowerInvariant() switch
        {
            "text/csv" => CsvRows(request.Body, ct),
            "application/geo+json" or "application/json" => GeoJsonRows(request.Body, ct),
            _ => throw new ProblemException(415, Problems.UnsupportedMediaType, "send text/csv (ACLED columns) or application/geo+json (a FeatureCollection)"),
        };
    }

    private static async IAsyncEnumerable<(int, IncidentInput?, string?)> CsvRows(Stream body, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: true));
        AcledColumns? columns = null;
        await foreach (var record in new CsvRecords(reader).ReadAllAsync(ct))
        {
            if (record.Error is not null) { yield return (record.Line, null, record.Error); continue; }
            if (columns is null)
            {
                (columns, var headerError) = AcledColumns.FromHeader(record.Fields);
                if (headerError is not null) throw new ProblemException(400, Problems.InvalidImport, headerError);
                continue;
            }
            var (input, error) = columns.Read(record.Fields);
            yield return (record.Line, input, error);
        }
        if (columns is null) throw new ProblemException(400, Problems.InvalidImport, "the CSV is empty: send a header line and rows");
    }

    private static async IAsyncEnumerable<(int, IncidentInput?, string?)> GeoJsonRows(Stream body, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in new GeoJsonFeatures(body).ReadAllAsync(ct))
            yield return (row.Line, row.Input, row.Error);
    }
}
