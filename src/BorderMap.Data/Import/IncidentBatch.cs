using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Import;

/// <summary>
/// Incidents written in one transaction, row by row as an import streams them: committed together,
/// or rolled back together when the batch is disposed uncommitted. ACLED rows are matched to the
/// incidents imported before by their event_id_cnty (<see cref="UpsertAcledAsync"/>).
/// </summary>
public sealed class IncidentBatch : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private bool _committed;

    private IncidentBatch(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (_connection, _transaction) = (connection, transaction);

    public int Written { get; private set; }

    public static async Task<IncidentBatch> BeginAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        return new IncidentBatch(connection, await connection.BeginTransactionAsync(ct));
    }

    public async Task InsertAsync(IncidentDraft draft, BorderContext border, string gazetteerVersion, string author, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Incidents.InsertIncident"), _connection, _transaction);
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        await command.ExecuteNonQueryAsync(ct);
        Written++;
    }

    /// <summary>Inserts, updates or leaves the incident ACLED's <paramref name="eventId"/> names; says which it did.</summary>
    public async Task<AcledWrite> UpsertAcledAsync(IncidentDraft draft, string eventId, string acledJson, BorderContext border, string gazetteerVersion,
        string author, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Import.UpsertAcledIncident"), _connection, _transaction);
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = acledJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        var outcome = await command.ExecuteScalarAsync(ct) as string;
        return outcome switch
        {
            "inserted" => AcledWrite.Inserted,
            "updated" => AcledWrite.Updated,
            "inactive" => AcledWrite.Inactive,
            _ => AcledWrite.Unchanged,
        };
    }

    /// <summary>Retracts the incident imported under ACLED's <paramref name="eventId"/>, as ACLED's deleted-events file says.</summary>
    public async Task<AcledWrite> RetractAcledAsync(string eventId, string deletedTimestamp, string author, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Import.RetractAcledIncident"), _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = deletedTimestamp });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        return (await command.ExecuteScalarAsync(ct) as string) switch
        {
            "retracted" => AcledWrite.Retracted,
            "unknown" => AcledWrite.Unknown,
            _ => AcledWrite.Unchanged,
        };
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _transaction.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed) await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
