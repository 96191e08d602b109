using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Import;

/// <summary>
/// Incidents written in one transaction as an import streams them: committed together, or rolled
/// back together when the batch is disposed uncommitted. Writes are queued and sent
/// <see cref="RoundTrip"/> statements to a round trip (one NpgsqlBatch), since a row's own work in
/// PostgreSQL is far smaller than a round trip's wait; each write's outcome comes back to its callback.
/// ACLED rows are matched to the incidents imported before by their event_id_cnty.
/// </summary>
public sealed class IncidentBatch : IAsyncDisposable
{
    public const int RoundTrip = 500;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBatch _queued;
    private readonly List<Action<AcledWrite>> _outcomes = new(RoundTrip);
    private readonly List<int> _lines = new(RoundTrip);
    private bool _committed;

    private IncidentBatch(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        (_connection, _transaction) = (connection, transaction);
        _queued = NewBatch();
    }

    public static async Task<IncidentBatch> BeginAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        return new IncidentBatch(connection, await connection.BeginTransactionAsync(ct));
    }

    /// <summary>Inserts an incident that has no ACLED key.</summary>
    /// <param name="line">the file's line the row came from, named when writing it fails</param>
    public Task InsertAsync(int line, IncidentDraft draft, BorderContext border, string gazetteerVersion, string author, Action<AcledWrite> outcome, CancellationToken ct)
    {
        var command = new NpgsqlBatchCommand(SqlScripts.Load("Incidents.InsertIncident"));
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        return QueueAsync(line, command, _ => outcome(AcledWrite.Inserted), ct);
    }

    /// <summary>Inserts, updates or leaves the incident ACLED's <paramref name="eventId"/> names (Import/UpsertAcledIncident.sql).</summary>
    public Task UpsertAcledAsync(int line, IncidentDraft draft, string eventId, string acledJson, BorderContext border, string gazetteerVersion,
        string author, Action<AcledWrite> outcome, CancellationToken ct)
    {
        var command = new NpgsqlBatchCommand(SqlScripts.Load("Import.UpsertAcledIncident"));
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = acledJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        return QueueAsync(line, command, outcome, ct);
    }

    /// <summary>Retracts the incident imported under ACLED's <paramref name="eventId"/>, as ACLED's deleted-events file says.</summary>
    public Task RetractAcledAsync(int line, string eventId, string deletedTimestamp, string author, Action<AcledWrite> outcome, CancellationToken ct)
    {
        var command = new NpgsqlBatchCommand(SqlScripts.Load("Import.RetractAcledIncident"));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = deletedTimestamp });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        return QueueAsync(line, command, outcome, ct);
    }

    /// <summary>Sends what is queued and hands each write's outcome to its callback.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_outcomes.Count == 0) return;
        // Prepared once per connection (the same few statements every time): PostgreSQL then skips
        // parsing and planning the long upsert for every row.
        await _queued.PrepareAsync(ct);
        try
        {
            await using var reader = await _queued.ExecuteReaderAsync(ct);
            foreach (var outcome in _outcomes)
            {
                var said = await reader.ReadAsync(ct) && reader.FieldCount == 1 && reader.GetFieldType(0) == typeof(string) ? reader.GetString(0) : null;
                outcome(said switch
                {
                    "inserted" => AcledWrite.Inserted,
                    "updated" => AcledWrite.Updated,
                    "inactive" => AcledWrite.Inactive,
                    "retracted" => AcledWrite.Retracted,
                    "unknown" => AcledWrite.Unknown,
                    _ => AcledWrite.Unchanged,
                });
                await reader.NextResultAsync(ct);
            }
        }
        // A row's own data refused by PostgreSQL (classes 22 and 23) names the row's line; outages
        // and timeouts stay as they are, for the boundary to answer 503.
        catch (PostgresException e) when (e.SqlState[..2] is "22" or "23" && e.BatchCommand is { } failed && _queued.BatchCommands.IndexOf(failed) is >= 0 and var index)
        {
            throw new ImportRowException(_lines[index], e);
        }
        await _queued.DisposeAsync();
        _queued = NewBatch();
        _outcomes.Clear();
        _lines.Clear();
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await FlushAsync(ct);
        await _transaction.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed) await _transaction.RollbackAsync();
        await _queued.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task QueueAsync(int line, NpgsqlBatchCommand command, Action<AcledWrite> outcome, CancellationToken ct)
    {
        _queued.BatchCommands.Add(command);
        _outcomes.Add(outcome);
        _lines.Add(line);
        if (_outcomes.Count >= RoundTrip) await FlushAsync(ct);
    }

    private NpgsqlBatch NewBatch() => new(_connection, _transaction);
}
