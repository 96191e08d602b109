using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using Npgsql;

namespace BorderMap.Data.Reports;

/// <summary>
/// Incidents written in one transaction, row by row as an import streams them: committed together,
/// or rolled back together when the batch is disposed uncommitted.
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
