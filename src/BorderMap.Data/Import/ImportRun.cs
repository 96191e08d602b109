using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Import;
using BorderMap.Core.Validation;

namespace BorderMap.Data.Import;

/// <summary>
/// One import in progress: validates each row as POST does, writes it into the batch's transaction,
/// and keeps the counts and the rejected rows. In <see cref="ImportMode.All"/> nothing more is
/// written once a row is rejected (the transaction will not commit), but every row is still checked.
/// </summary>
internal sealed class ImportRun(IncidentBatch batch, ImportOptions options, IncidentExtractor extractor, BorderModel border,
    string gazetteerVersion, DateOnly today)
{
    private readonly ImportMode _mode = options.Mode;
    private readonly string _author = options.Author;

    public const int MaxListed = 1_000;

    // event_id_cnty → the line it was first seen on: a key twice in one file is a row error.
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly List<RejectedRow> _rejected = [];
    private int _rejectedCount;
    private int _inserted, _updated, _unchanged, _inactive, _retracted, _unknown;

    public ReadingStopped? Stopped { get; set; }

    private bool Writing => _mode == ImportMode.Partial || _rejectedCount == 0;

    public async Task WriteAsync(ImportLine line, CancellationToken ct)
    {
        if (line.Error is not null || line.Row is null) { Reject(line.Line, line.Error ?? "the row is empty"); return; }
        var row = line.Row;
        if (row.AcledEventId is { } key && !FirstTime(key, line.Line)) return;
        try
        {
            var draft = IncidentGeocoding.Complete(row.Input, extractor).Validate(today) with { Synthetic = options.Synthetic };
            if (!Writing) return;
            var context = border.ContextOf(draft.Location);
            if (row.AcledEventId is not { } eventId)
            {
                await batch.InsertAsync(line.Line, draft, context, gazetteerVersion, _author, Count, ct);
                return;
            }
            await batch.UpsertAcledAsync(line.Line, draft, eventId, JsonSerializer.Serialize(row.Acled), context, gazetteerVersion, _author, Count, ct);
        }
        catch (InputValidationException e)
        {
            Reject(line.Line, string.Join("; ", e.Errors.ToDictionary().SelectMany(f => f.Value.Select(m => $"{f.Key} {m}"))));
        }
    }

    /// <summary>A row of ACLED's deleted-events file.</summary>
    public async Task RetractAsync(int line, string? eventId, string? deletedTimestamp, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(eventId)) { Reject(line, $"{AcledLayout.EventId} is empty"); return; }
        if (!FirstTime(eventId.Trim(), line) || !Writing) return;
        await batch.RetractAcledAsync(line, eventId.Trim(), deletedTimestamp?.Trim() ?? "", _author, Count, ct);
    }

    public void Reject(int line, string reason)
    {
        _rejectedCount++;
        if (_rejected.Count < MaxListed) _rejected.Add(new RejectedRow(line, reason));
    }

    public async Task<ImportResult> FinishAsync(CancellationToken ct)
    {
        if (Stopped is { } stop) Reject(stop.Line, $"{stop.Reason}: {stop.UnreadLines} lines from line {stop.Line} on were not read");
        var commit = Writing;
        if (commit) await batch.CommitAsync(ct);
        return new ImportResult(_mode == ImportMode.All ? "all" : "partial", commit,
            commit ? _inserted + _updated : 0, commit ? _inserted : 0, commit ? _updated : 0, commit ? _unchanged : 0, commit ? _inactive : 0,
            commit ? _retracted : 0, commit ? _unknown : 0, _rejectedCount, _rejected, Stopped);
    }

    private bool FirstTime(string key, int line)
    {
        if (_seen.TryAdd(key, line)) return true;
        Reject(line, $"{AcledLayout.EventId} {key} is already on line {_seen[key]} of this file");
        return false;
    }

    private void Count(AcledWrite write)
    {
        switch (write)
        {
            case AcledWrite.Inserted: _inserted++; break;
            case AcledWrite.Updated: _updated++; break;
            case AcledWrite.Inactive: _inactive++; break;
            case AcledWrite.Retracted: _retracted++; break;
            case AcledWrite.Unknown: _unknown++; break;
            default: _unchanged++; break;
        }
    }
}
