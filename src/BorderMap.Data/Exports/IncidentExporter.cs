using System.Runtime.CompilerServices;
using BorderMap.Core.Queries;

namespace BorderMap.Data.Exports;

/// <summary>
/// Exports the incidents a list query selects in one of <see cref="ExportFormat.All"/>, for the
/// server and the CLI alike. Streaming formats go straight to the output; GeoPackage and Shapefile
/// are built in a temporary file or folder (their writers seek) which is then copied and deleted.
/// </summary>
public sealed class IncidentExporter(ExportStore store)
{
    public Task<long> CountAsync(IncidentQuery query, CancellationToken ct) => store.CountAsync(query, atMost: null, ct);

    /// <summary>Whether the query selects more than <paramref name="maxRows"/> incidents; counts at most one past it.</summary>
    public async Task<bool> ExceedsAsync(IncidentQuery query, long maxRows, CancellationToken ct) =>
        await store.CountAsync(query, maxRows + 1, ct) > maxRows;

    /// <param name="progress">Told the number of incidents written so far, every 1,000 rows.</param>
    /// <param name="raw">Write CSV cells as stored, without the spreadsheet neutralisation: for trusted machine round trips only.</param>
    public async Task WriteAsync(ExportFormat format, IncidentQuery query, Stream output, IProgress<long>? progress, CancellationToken ct, bool raw = false)
    {
        if (format == ExportFormat.AcledCsv)
        {
            await AcledCsvExport.WriteAsync(output, Counted(store.AcledIncidentsAsync(query, ct), progress, ct), raw, ct);
            return;
        }
        var rows = Counted(store.IncidentsAsync(query, ct), progress, ct);
        if (format == ExportFormat.GeoJson) await GeoJsonExport.WriteAsync(output, rows, ct);
        else if (format == ExportFormat.Csv) await CsvExport.WriteAsync(output, rows, raw, ct);
        else if (format == ExportFormat.CsvZip) await CsvZipExport.WriteAsync(output, rows, raw, ct);
        else if (format == ExportFormat.Kml) await KmlExport.WriteAsync(output, rows, ct);
        else if (format == ExportFormat.GeoPackage) await GeoPackageAsync(output, rows, ct);
        else if (format == ExportFormat.ShapefileZip) await ShapefileAsync(output, rows, ct);
        else throw new ArgumentOutOfRangeException(nameof(format), format.Extension, "not an export format");
    }

    private async Task GeoPackageAsync(Stream output, IAsyncEnumerable<IncidentExportRow> rows, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("bordermap-export-");
        try
        {
            var path = Path.Combine(folder.FullName, "incidents.gpkg");
            var segments = await store.BorderSegmentsAsync(ct);
            var crossings = await store.CrossingsAsync(ct);
            await GeoPackageExport.WriteAsync(path, rows, segments, crossings, ct);
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await file.CopyToAsync(output, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task ShapefileAsync(Stream output, IAsyncEnumerable<IncidentExportRow> rows, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("bordermap-export-");
        try
        {
            await ShapefileExport.WriteFilesAsync(folder.FullName, rows, ct);
            await ShapefileExport.ZipAsync(folder.FullName, output, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> rows, IProgress<long>? progress, [EnumeratorCancellation] CancellationToken ct)
    {
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
            if (++count % 1000 == 0) progress?.Report(count);
        }
        progress?.Report(count);
    }
}
