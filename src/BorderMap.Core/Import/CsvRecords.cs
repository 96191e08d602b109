using System.Text;

namespace BorderMap.Core.Import;

/// <summary>One CSV record: the line it starts on, and its fields (or why it could not be read).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);

/// <summary>
/// Reads RFC 4180 CSV one record at a time from a stream, so a 100 MB file never sits in memory:
/// quoted fields may hold commas, doubled quotes and line breaks. A quote that is never closed
/// ends the file with an error naming the line it opened on.
/// </summary>
public sealed class CsvRecords(TextReader reader)
{
    private const int MaxRecordChars = 1_000_000;
    private int _line = 1;
    private bool _ended;

    public async IAsyncEnumerable<CsvRecord> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        while (!_ended)
        {
            ct.ThrowIfCancellationRequested();
            var record = await ReadAsync();
            if (record is not null) yield return record;
        }
    }

    private async Task<CsvRecord?> ReadAsync()
    {
        var start = _line;
        var line = await reader.ReadLineAsync();
        if (line is null) { _ended = true; return null; }
        _line++;
        if (line.Length == 0) return null;

        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        // The quoted field goes on on the next line.
                        var next = await reader.ReadLineAsync();
                        if (next is null || field.Length > MaxRecordChars)
                        {
                            _ended = true;
                            return new CsvRecord(start, fields, $"a quoted field opened on line {start} is never closed");
                        }
                        _line++;
                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (i < line.Length && line[i] != ',')
                    return Skip(start, $"unexpected text after a closing quote in column {fields.Count + 1}");
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"') return Skip(start, $"a quote inside an unquoted field in column {fields.Count + 1}");
                    field.Append(line[i++]);
                }
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length) return new CsvRecord(start, fields);
            i++; // the comma
        }
    }

    private static CsvRecord Skip(int line, string error) => new(line, [], error);
}
