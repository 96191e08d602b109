using System.Globalization;
using CsvHelper;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes incidents as RFC 4180 CSV (CsvHelper's default: CRLF, quotes doubled, UTF-8) with every
/// attribute, then longitude, latitude (WGS 84; the names QGIS's delimited-text reader and GDAL's
/// X/Y_POSSIBLE_NAMES detect) and the point as WKT, so spreadsheets and QGIS both take it.
/// A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
/// carriage return: OWASP's rule for CSV injection) is written with a leading apostrophe; numbers,
/// dates and the coordinates are written as they are. GeoJSON and GeoPackage carry the raw text, and so
/// does <c>raw</c> (raw=true), for machines that read the file back rather than open it in a spreadsheet.
/// </summary>
internal static class CsvExport
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<IncidentExportRow> incidents, bool raw, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        foreach (var field in ExportFields.All) csv.WriteField(field.Name);
        csv.WriteField("longitude");
        csv.WriteField("latitude");
        csv.WriteField("wkt");
        await csv.EndRecordAsync(ct);

        await foreach (var row in incidents.WithCancellation(ct))
        {
            foreach (var value in row.Values()) csv.WriteField(value is string text ? (raw ? text : Neutralised(text)) : ExportText.Format(value));
            csv.WriteField(ExportText.Format(row.Lon));
            csv.WriteField(ExportText.Format(row.Lat));
            csv.WriteField(string.Create(CultureInfo.InvariantCulture, $"POINT ({row.Lon:R} {row.Lat:R})"));
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <summary>
    /// Each column's type in GDAL's .csvt words, in the header's order: the attributes' own, then
    /// longitude and latitude as the point's coordinates, and the WKT as text (one geometry is enough).
    /// </summary>
    internal static IEnumerable<string> GdalColumnTypes() =>
        ExportFields.All.Select(f => f.Type switch
        {
            ExportFieldType.Integer => "Integer",
            ExportFieldType.Integer64 => "Integer64",
            ExportFieldType.Real => "Real",
            ExportFieldType.Date => "Date",
            ExportFieldType.DateTime => "DateTime",
            ExportFieldType.Boolean => "Integer(Boolean)",
            _ => "String",
        }).Concat(["CoordX", "CoordY", "String"]);

    /// <summary>The text as a spreadsheet will show it and never run it.</summary>
    internal static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
