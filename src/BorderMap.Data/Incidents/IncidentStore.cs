using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Incidents;

public abstract record IncidentWrite
{
    public sealed record Written(Incident Incident) : IncidentWrite;
    public sealed record NotFound : IncidentWrite;
    /// <summary>The incident exists but its revision is not the one the client expected.</summary>
    public sealed record StaleRevision(int CurrentRevision) : IncidentWrite;
    /// <summary>The incident is retracted or merged and cannot be edited.</summary>
    public sealed record NotEditable(IncidentStatus Status) : IncidentWrite;
}

public sealed record IncidentPage(IReadOnlyList<Incident> Incidents, IncidentCursor? Next);

public sealed record IncidentRevision(int Revision, string Change, DateTimeOffset ChangedAt, string ChangedBy, string StateJson);

/// <summary>A report an incident was found in: <paramref name="Merged"/> when it was merged into an incident found earlier.</summary>
public sealed record IncidentReport(long ReportId, string? Title, string? Url, DateOnly Published, bool Merged);

/// <summary>Reads and writes incidents; every write records a revision in the same statement.</summary>
public sealed class IncidentStore(NpgsqlDataSource dataSource)
{
    public Task<Incident> InsertAsync(IncidentDraft draft, BorderContext? border, string? gazetteerVersion, string author, CancellationToken ct) =>
        InsertAsync(draft, border, gazetteerVersion, author, null, ct);

    /// <param name="connection">a connection whose transaction the insert joins, or null for a statement of its own</param>
    public async Task<Incident> InsertAsync(IncidentDraft draft, BorderContext? border, string? gazetteerVersion, string author,
        NpgsqlConnection? connection, CancellationToken ct)
    {
        var sql = SqlScripts.Load("Incidents.InsertIncident");
        await using var command = connection is null ? dataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection);
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        return await SingleAsync(command, ct) ?? throw new InvalidOperationException("INSERT returned no incident");
    }

    public async Task<Incident?> GetAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.GetIncident"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await SingleAsync(command, ct);
    }

    public async Task<IncidentWrite> UpdateAsync(long id, int expectedRevision, IncidentDraft draft, BorderContext? border, string? gazetteerVersion,
        string author, CancellationToken ct)
    {
        var current = await GetAsync(id, ct);
        if (current is null) return new IncidentWrite.NotFound();
        var change = current.Draft.Location == draft.Location ? "updated" : "relocated";

        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.UpdateIncident"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedRevision });
        IncidentRows.AddDraft(command.Parameters, draft);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = change });
        IncidentRows.AddPlacement(command.Parameters, border, gazetteerVersion);
        return await SingleAsync(command, ct) is { } written
            ? new IncidentWrite.Written(written)
            : await WhyNotWrittenAsync(id, ct);
    }

    /// <summary>Retracts an active incident; retracting a retracted one again returns it unchanged.</summary>
    public async Task<IncidentWrite> RetractAsync(long id, int? expectedRevision, string author, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.RetractIncident"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(IncidentRows.Nullable(expectedRevision, NpgsqlDbType.Integer));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
        if (await SingleAsync(command, ct) is { } retracted)
            return new IncidentWrite.Written(retracted);

        var current = await GetAsync(id, ct);
        return current switch
        {
            null => new IncidentWrite.NotFound(),
            { Status: IncidentStatus.Retracted } => new IncidentWrite.Written(current),
            _ => await WhyNotWrittenAsync(id, ct),
        };
    }

    public async Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.ListIncidents"));
        var p = command.Parameters;
        IncidentFilterParameters.Add(p, query);
        p.Add(IncidentRows.Nullable(query.After?.Date, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.After?.Id, NpgsqlDbType.Bigint));
        // One row more than asked tells whether another page exists without a COUNT.
        p.Add(new NpgsqlParameter<int> { TypedValue = query.Limit + 1 });

        var incidents = new List<Incident>(Math.Min(query.Limit + 1, 1024));
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var rows = new IncidentRows.Reader(reader);
            while (await reader.ReadAsync(ct))
                incidents.Add(rows.Read());
        }

        IncidentCursor? next = null;
        if (incidents.Count > query.Limit)
        {
            incidents.RemoveAt(incidents.Count - 1);
            var last = incidents[^1];
            next = new IncidentCursor(last.Draft.Date, last.Id);
        }
        return new IncidentPage(incidents, next);
    }

    public async Task<IReadOnlyList<IncidentRevision>> HistoryAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.GetIncidentHistory"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var history = new List<IncidentRevision>();
        while (await reader.ReadAsync(ct))
            history.Add(new IncidentRevision(reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetString(4)));
        return history;
    }

    public async Task<IReadOnlyList<IncidentReport>> ReportsAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.GetIncidentReports"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var reports = new List<IncidentReport>();
        while (await reader.ReadAsync(ct))
            reports.Add(new IncidentReport(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateOnly>(3), reader.GetBoolean(4)));
        return reports;
    }

    private async Task<IncidentWrite> WhyNotWrittenAsync(long id, CancellationToken ct) =>
        await GetAsync(id, ct) switch
        {
            null => new IncidentWrite.NotFound(),
            { Status: not IncidentStatus.Active } other => new IncidentWrite.NotEditable(other.Status),
            var other => new IncidentWrite.StaleRevision(other.Revision),
        };

    private static async Task<Incident?> SingleAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new IncidentRows.Reader(reader).Read() : null;
    }
}
