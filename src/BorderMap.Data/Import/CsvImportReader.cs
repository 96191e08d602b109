using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace BorderMap.Data.Import;

/// <summary>A record of an import CSV: the line it starts on, its fields, and what is wrong with its quoting, if anything.</summary>
internal sealed record CsvLine(int Line, string[] Fields, string? Error);

/// <summary>
/// Reads an import CSV with CsvHelper (RFC 4180: quoted fields with commas, doubled quotes and line
/// breaks; CR LF, LF or CR; a UTF-8 byte order mark) record by record, never holding more than one
/// record. Nothing is dropped without a word: a record with broken quoting comes back with an error
/// naming it, and when reading cannot go on (a record over <see cref="MaxRecordBytes"/>, such as a
/// quote that is never closed in a large file) <see cref="Stopped"/> says where, and how many lines were not read.
/// </summary>
internal sealed class CsvImportReader(Stream input, Encoding? encoding = null)
{
    public const int MaxRecordBytes = 16 << 20;

    private readonly CountingStream _input = new(input);
    private CsvHelper.CsvMalformedRecord? _malformed;

    public ReadingStopped? Stopped { get; private set; }

    public long BytesRead => _input.BytesRead;

    public async IAsyncEnumerable<CsvLine> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = record => _malformed = record,
        };
        // A decoder that throws: a file that is not UTF-8 is refused whole, never read with replacement
        // characters. ISO-8859-1, when declared, maps every byte to a character, so nothing can be lost.
        using var text = new StreamReader(_input, encoding ?? new UTF8Encoding(false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: encoding is null, 1 << 16, leaveOpen: true);
        await using var csv = CsvReader.Create(text, options, leaveOpen: true);
        while (true)
        {
            bool more;
            long line = 0;
            try
            {
                more = await csv.ReadAsync(ct);
            }
            catch (CsvFormatException e)
            {
                line = e.LineNumber;
                await _input.DrainAsync(ct);
                Stopped = new ReadingStopped((int)line, (int)(_input.Lines - line + 1),
                    $"a record longer than {MaxRecordBytes >> 20} MB starts here (a quote that is never closed?); reading stopped");
                yield break;
            }
            if (!more) yield break;
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i) ?? "";
            var start = (int)csv.LineNumber;
            yield return new CsvLine(start, fields, Describe(start));
            _malformed = null;
        }
    }

    private string? Describe(int start) => _malformed?.Reason switch
    {
        null => null,
        CsvMalformedReason.UnterminatedQuote =>
            $"a quoted field opened on line {start} is never closed: lines {start}–{_input.Lines} were read as one record and none of them was imported",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quote)",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote (quote the whole field and double the quote)",
        var reason => $"malformed CSV ({reason})",
    };
}

/// <summary>Where reading an import file had to stop, and how many of its lines were not read.</summary>
public sealed record ReadingStopped(int Line, int UnreadLines, string Reason);
