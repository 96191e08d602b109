using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Reports;

public enum ReportStatus
{
    Received,
    Processing,
    Done,
    Failed,
}

/// <summary>A stored report: the text verbatim and where its processing stands.</summary>
public sealed record Report(
    long Id, string ContentHash, string? Url, string? Title, DateOnly Published, string Text, ReportStatus Status, string? Error,
    string SkippedJson, string? GazetteerVersion, DateTimeOffset ReceivedAt, string ReceivedBy, DateTimeOffset? ProcessedAt, string? Language = null)
{
    public Article ToArticle() => new(Text, Published, Title, Url, Language);
}

/// <summary>An incident a report yielded (or was merged into), with the sentence of this report.</summary>
public sealed record ReportIncident(Incident Incident, string EvidenceJson, bool Merged);

/// <summary>The outcome of submitting a report: a new one, or the one already stored for the same text and address.</summary>
public sealed record ReportSubmission(long Id, ReportStatus Status, bool Created);

/// <summary>Stores reports verbatim and links them to the incidents found in them.</summary>
public sealed class ReportStore(NpgsqlDataSource dataSource)
{
    /// <summary>SHA-256 of the text exactly as submitted, lower-case hex.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public async Task<ReportSubmission> SubmitAsync(Article article, string author, CancellationToken ct)
    {
        var hash = ContentHash(article.Text);
        await using (var insert = dataSource.CreateCommand(SqlScripts.Load("Reports.InsertReport")))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
            insert.Parameters.Add(IncidentRows.Nullable(article.Url, NpgsqlDbType.Text));
            insert.Parameters.Add(IncidentRows.Nullable(article.Title, NpgsqlDbType.Text));
            insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = article.Published });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Text });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = author });
            insert.Parameters.Add(IncidentRows.Nullable(article.Language, NpgsqlDbType.Text));
            await using var reader = await insert.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct)) return new ReportSubmission(reader.GetInt64(0), ParseStatus(reader.GetString(1)), Created: true);
        }

        await using var find = dataSource.CreateCommand(SqlScripts.Load("Reports.FindReport"));
        find.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
        find.Parameters.Add(IncidentRows.Nullable(article.Url, NpgsqlDbType.Text));
        await using var found = await find.ExecuteReaderAsync(ct);
        if (!await found.ReadAsync(ct)) throw new InvalidOperationException($"report with content hash {hash} was neither inserted nor found");
        return new ReportSubmission(found.GetInt64(0), ParseStatus(found.GetString(1)), Created: false);
    }

    public async Task<Report?> GetAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reports.GetReport"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new Report(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), r.GetFieldValue<DateOnly>(4), r.GetString(5),
            ParseStatus(r.GetString(6)), Text(r, 7), r.GetString(8), Text(r, 9), r.GetFieldValue<DateTimeOffset>(10), r.GetString(11),
            r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12), Text(r, 13));
    }

    /// <summary>
    /// Locks the report for the extraction transaction on <paramref name="connection"/>; false when
    /// another extraction holds it or it is done. Extractions also take one ingest lock, so two
    /// reports of the same incident never both miss each other's incident and store it twice.
    /// </summary>
    public async Task<bool> ClaimAsync(long id, NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Reports.ClaimReport"), connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        if (await command.ExecuteScalarAsync(ct) is null) return false;
        await AdvisoryLocks.HoldForTransactionAsync(connection, null, AdvisoryLock.ReportIngest, ct);
        return true;
    }

    /// <param name="connection">the extraction's connection, or null for a statement of its own</param>
    public async Task FinishAsync(long id, ReportStatus status, string skippedJson, string? error, string? gazetteerVersion, NpgsqlConnection? connection, CancellationToken ct)
    {
        await using var command = Command("Reports.FinishReport", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = status.ToString().ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = skippedJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(IncidentRows.Nullable(error, NpgsqlDbType.Text));
        command.Parameters.Add(IncidentRows.Nullable(gazetteerVersion, NpgsqlDbType.Text));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The active incident this one repeats: same type, dates at most a day apart, at most 10 km away.</summary>
    public async Task<long?> FindSameIncidentAsync(IncidentDraft draft, NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Reports.FindSameIncident"), connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.EventType.Code });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = draft.Date });
        command.Parameters.Add(new NpgsqlParameter<NetTopologySuite.Geometries.Point> { TypedValue = IncidentRows.Point(draft.Location) });
        return await command.ExecuteScalarAsync(ct) as long?;
    }

    public async Task AddSourceAsync(long incidentId, long reportId, string evidenceJson, bool merged, NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Reports.AddIncidentSource"), connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = incidentId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = reportId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = evidenceJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = merged });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Reports received at least <paramref name="olderThan"/> ago and still waiting: their extraction job was lost.</summary>
    public async Task<IReadOnlyList<long>> WaitingAsync(TimeSpan olderThan, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reports.WaitingReports"));
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = olderThan });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private NpgsqlCommand Command(string script, NpgsqlConnection? connection) =>
        connection is null ? dataSource.CreateCommand(SqlScripts.Load(script)) : new NpgsqlCommand(SqlScripts.Load(script), connection);

    public async Task<IReadOnlyList<ReportIncident>> IncidentsAsync(long reportId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reports.ReportIncidents"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = reportId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new IncidentRows.Reader(reader);
        int evidence = reader.GetOrdinal("source_evidence"), merged = reader.GetOrdinal("source_merged");
        var incidents = new List<ReportIncident>();
        while (await reader.ReadAsync(ct))
            incidents.Add(new ReportIncident(rows.Read(), reader.GetString(evidence), reader.GetBoolean(merged)));
        return incidents;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ReportStatus ParseStatus(string status) => Enum.Parse<ReportStatus>(status, ignoreCase: true);
}
