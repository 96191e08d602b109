using System.IO.Compression;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes incidents as a zipped Shapefile: .shp .shx .dbf .prj .cpg, attributes in UTF-8 under the
/// ≤ 10-character names of <see cref="ExportFields"/> (README.md lists the mapping). The Shapefile
/// writer seeks back to fill in headers, so the files are written to a temporary folder first; the
/// zip itself is written straight to the output.
/// </summary>
internal static class ShapefileExport
{
    public const string Stem = "incidents";

    /// <summary>ESRI's WKT for WGS 84, as ArcGIS and QGIS expect in a .prj.</summary>
    private const string Wgs84Prj =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static async Task WriteFilesAsync(string folder, IAsyncEnumerable<IncidentExportRow> incidents, CancellationToken ct)
    {
        var options = new ShapefileWriterOptions(ShapeType.Point) { Encoding = Encoding.UTF8, Projection = Wgs84Prj };
        foreach (var field in ExportFields.All)
        {
            switch (field.Type)
            {
                // Nine digits keep GDAL and QGIS reading small counts as Integer, not Integer64 or Real.
                case ExportFieldType.Integer: options.Fields.Add(new DbfNumericInt32Field(field.ShapefileName, 9)); break;
                case ExportFieldType.Integer64: options.Fields.Add(new DbfNumericInt64Field(field.ShapefileName, 18)); break;
                case ExportFieldType.Real: options.AddNumericDoubleField(field.ShapefileName); break;
                case ExportFieldType.Date: options.AddDateField(field.ShapefileName); break;
                case ExportFieldType.Boolean: options.AddLogicalField(field.ShapefileName); break;
                // DBF has no date-time type: the day as a date, which QGIS filters and sorts as one,
                // and the exact time as ISO 8601 text beside it.
                case ExportFieldType.DateTime:
                    options.AddDateField(field.ShapefileName);
                    options.AddCharacterField(field.ShapefileTimestamp!, field.TextWidth);
                    break;
                default: options.AddCharacterField(field.ShapefileName, field.TextWidth); break;
            }
        }

        using var writer = Shapefile.OpenWrite(Path.Combine(folder, Stem), options);
        await foreach (var row in incidents.WithCancellation(ct))
        {
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
            {
                var field = ExportFields.All[i];
                writer.Fields[field.ShapefileName].Value = Dbf(values[i], field);
                if (field.ShapefileTimestamp is { } timestamp)
                    writer.Fields[timestamp].Value = values[i] is DateTimeOffset t ? ExportText.Format(t) : null;
            }
            writer.Geometry = Wgs84.CreatePoint(new Coordinate(row.Lon, row.Lat));
            writer.Write();
        }
    }

    /// <summary>Zips every file of the folder into <paramref name="output"/>, which need not be seekable.</summary>
    public static async Task ZipAsync(string folder, Stream output, CancellationToken ct)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(Path.GetFileName(file), CompressionLevel.Fastest);
            await using var target = await entry.OpenAsync(ct);
            await using var source = File.OpenRead(file);
            await source.CopyToAsync(target, ct);
        }
    }

    private static object? Dbf(object? value, ExportField field) => value switch
    {
        null => null,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => t.UtcDateTime.Date,
        short s => (int)s,
        float f => (double)f,
        // DBF widths count bytes; cut long UTF-8 text on a character boundary.
        string s => Fit(s, field.TextWidth),
        _ => value,
    };

    private static string Fit(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes) return text;
        var length = text.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > bytes) length--;
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length];
    }
}
