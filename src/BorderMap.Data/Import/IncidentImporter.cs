using System.Text;
using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Import;
using Npgsql;

namespace BorderMap.Data.Import;

/// <summary>
/// The one import pipeline, for POST /api/v1/incidents:import and <c>bordermap import</c> alike: a
/// CSV of ACLED's columns, ACLED's deleted-events file, or a GeoJSON FeatureCollection, streamed row
/// by row into one transaction (all or nothing by default, the good rows with
/// <see cref="ImportMode.Partial"/>). ACLED rows are keyed by event_id_cnty, so importing the same
/// export again changes nothing and a changed row is a new revision of its incident.
/// </summary>
public sealed class IncidentImporter(NpgsqlDataSource dataSource, IncidentExtractor extractor, BorderModel border, string gazetteerVersion, TimeProvider clock)
{
    /// <param name="progress">Told the bytes read so far, every 1,000 rows and at the end.</param>
    /// <exception cref="ImportFileException">The file cannot be read at all; nothing was stored.</exception>
    public async Task<ImportResult> ImportAsync(Stream input, ImportOptions options, IProgress<long>? progress, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var batch = await IncidentBatch.BeginAsync(dataSource, ct);
        var run = new ImportRun(batch, options, extractor, border, gazetteerVersion, today);
        try
        {
            if (options.Format == ImportFormat.Csv) await ImportCsvAsync(new CsvImportReader(input, options.Encoding), run, progress, ct);
            else await ImportGeoJsonAsync(input, run, progress, ct);
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"the GeoJSON cannot be read: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            // ISO-8859-1 decodes every byte, so only UTF-8 can fail here.
            throw new ImportFileException("the CSV is not UTF-8 text (a CSV in ISO-8859-1 must say so: Content-Type: text/csv; charset=iso-8859-1)");
        }
        return await run.FinishAsync(ct);
    }

    private static async Task ImportCsvAsync(CsvImportReader reader, ImportRun run, IProgress<long>? progress, CancellationToken ct)
    {
        string[]? header = null;
        AcledColumns? columns = null;
        var rows = 0;
        await foreach (var record in reader.ReadAllAsync(ct))
        {
            if (++rows % 1000 == 0) progress?.Report(reader.BytesRead);
            if (header is null)
            {
                header = record.Fields;
                if (record.Error is not null) throw new ImportFileException($"the header cannot be read: {record.Error}");
                if (!IsDeletions(header))
                {
                    (columns, var headerError) = AcledColumns.FromHeader(header);
                    if (headerError is not null) throw new ImportFileException(headerError);
                }
                continue;
            }
            if (record.Error is not null) run.Reject(record.Line, record.Error);
            else if (record.Fields.Length != header.Length)
                run.Reject(record.Line, $"the row has {record.Fields.Length} fields; the header has {header.Length}");
            else if (columns is null)
                await run.RetractAsync(record.Line, Field(header, record.Fields, AcledLayout.EventId), Field(header, record.Fields, AcledLayout.DeletedTimestamp), ct);
            else
            {
                var (row, error) = columns.Read(record.Fields);
                await run.WriteAsync(new ImportLine(record.Line, row, error), ct);
            }
        }
        if (header is null) throw new ImportFileException("the CSV is empty: send a header line and rows");
        run.Stopped = reader.Stopped;
        progress?.Report(reader.BytesRead);
    }

    private static async Task ImportGeoJsonAsync(Stream input, ImportRun run, IProgress<long>? progress, CancellationToken ct)
    {
        var counting = new CountingStream(input);
        var rows = 0;
        await foreach (var line in new GeoJsonFeatures(counting).ReadAllAsync(ct))
        {
            if (++rows % 1000 == 0) progress?.Report(counting.BytesRead);
            await run.WriteAsync(line, ct);
        }
        progress?.Report(counting.BytesRead);
    }

    /// <summary>ACLED's deleted-events file: its key and deleted_timestamp, and no event_date.</summary>
    private static bool IsDeletions(string[] header)
    {
        bool Has(string name) => header.Any(h => string.Equals(h.Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase));
        return Has(AcledLayout.EventId) && Has(AcledLayout.DeletedTimestamp) && !Has("event_date");
    }

    private static string? Field(string[] header, string[] fields, string name)
    {
        var i = Array.FindIndex(header, h => string.Equals(h.Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i < fields.Length ? fields[i] : null;
    }
}
