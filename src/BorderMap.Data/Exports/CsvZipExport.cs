using System.IO.Compression;
using System.Text;

namespace BorderMap.Data.Exports;

/// <summary>
/// The CSV as GDAL's CSV driver (and so QGIS, which opens a zip's files through it) reads it best:
/// <c>incidents.csv</c> with <c>incidents.csvt</c> naming every column's type (Integer, Real,
/// Date, DateTime, Integer(Boolean); longitude and latitude as CoordX/CoordY, which make the
/// points) and <c>incidents.prj</c> giving EPSG:4326. Without them GDAL reads every column as
/// text, a column empty in every row stays text even with type detection, and the layer has no
/// CRS (bench/RESULTS.md, "CSV for QGIS"). Streamed: the small files first, then the CSV.
/// </summary>
internal static class CsvZipExport
{
    public const string Stem = "incidents";

    /// <summary>EPSG:4326 as OGC WKT 1 with its authority, so GDAL and QGIS name it EPSG:4326.</summary>
    private const string Wgs84Prj =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<IncidentExportRow> incidents, bool raw, CancellationToken ct)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await WriteTextAsync(zip, $"{Stem}.csvt", string.Join(',', CsvExport.GdalColumnTypes().Select(t => $"\"{t}\"")), ct);
        await WriteTextAsync(zip, $"{Stem}.prj", Wgs84Prj, ct);
        var csv = zip.CreateEntry($"{Stem}.csv", CompressionLevel.Fastest);
        await using var target = await csv.OpenAsync(ct);
        await CsvExport.WriteAsync(target, incidents, raw, ct);
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var target = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await target.WriteAsync(Encoding.ASCII.GetBytes(text + "\r\n"), ct);
    }
}
