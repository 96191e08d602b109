using System.Globalization;
using BorderMap.Core.Import;
using CsvHelper;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes incidents in ACLED's CSV layout (<see cref="AcledExportRow"/>), so an ACLED export imported
/// into BorderMap and exported again gives back the same values. Cells are neutralised for spreadsheets
/// as in <see cref="CsvExport"/> (a leading apostrophe before =, +, -, @, tab or CR), except numbers
/// such as a negative latitude; <paramref name="raw"/> writes every value as stored, for trusted machine
/// round trips (raw=true on the API, --raw on the CLI), and is not safe to open in a spreadsheet.
/// </summary>
internal static class AcledCsvExport
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AcledExportRow> incidents, bool raw, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        foreach (var column in AcledLayout.Columns.Concat(AcledExportRow.ExtraColumns)) csv.WriteField(column);
        await csv.EndRecordAsync(ct);
        await foreach (var row in incidents.WithCancellation(ct))
        {
            foreach (var value in row.Values()) csv.WriteField(raw || IsNumber(value) ? value : CsvExport.Neutralised(value));
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
