using System.Text.Json;
using BorderMap.Core.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Alerts;

/// <summary>One try at delivering an alert to its webhook; outcome "started" means the worker stopped mid-attempt.</summary>
public sealed record DeliveryAttempt(int Attempt, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, int? StatusCode, string? Error);

public sealed record Alert(
    long Id,
    long RuleId,
    string RuleName,
    AlertWindow Window,
    int IncidentCount,
    int Fatalities,
    IReadOnlyList<long> IncidentIds,
    double? BaselineAverage,
    string Severity,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string DeliveryState,
    int DeliveryAttempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<DeliveryAttempt> Attempts);

public sealed record AlertQuery(long? RuleId, bool? Acknowledged, long? Before, int Limit);

/// <summary>Reads alerts with their delivery attempts and records acknowledgements.</summary>
public sealed class AlertStore(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions AttemptJson = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.ListAlerts"));
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.RuleId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Acknowledged ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Before ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Limit });
        return await ReadAllAsync(command, ct);
    }

    public async Task<Alert?> GetAsync(long id, CancellationToken ct) => (await GetManyAsync([id], ct)).FirstOrDefault();

    public async Task<IReadOnlyList<Alert>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.GetAlerts"));
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids] });
        return await ReadAllAsync(command, ct);
    }

    /// <summary>The acknowledged alert, or null when no alert has this id.</summary>
    public async Task<Alert?> AcknowledgeAsync(long id, string by, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.AcknowledgeAlert"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = by });
        return await command.ExecuteScalarAsync(ct) is null ? null : await GetAsync(id, ct);
    }

    private static async Task<IReadOnlyList<Alert>> ReadAllAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        var alerts = new List<Alert>();
        while (await r.ReadAsync(ct))
        {
            T? Get<T>(string column) where T : struct => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetFieldValue<T>(r.GetOrdinal(column));
            var start = r.GetFieldValue<DateOnly>(r.GetOrdinal("window_start"));
            var end = r.GetFieldValue<DateOnly>(r.GetOrdinal("window_end"));
            alerts.Add(new Alert(
                r.GetInt64(r.GetOrdinal("id")),
                r.GetInt64(r.GetOrdinal("rule_id")),
                r.GetString(r.GetOrdinal("rule_name")),
                new AlertWindow(start, end.DayNumber - start.DayNumber),
                r.GetInt32(r.GetOrdinal("incident_count")),
                r.GetInt32(r.GetOrdinal("fatalities")),
                r.GetFieldValue<long[]>(r.GetOrdinal("incident_ids")),
                Get<double>("baseline_average"),
                r.GetString(r.GetOrdinal("severity")),
                r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("created_at")),
                Get<DateTimeOffset>("acknowledged_at"),
                r.IsDBNull(r.GetOrdinal("acknowledged_by")) ? null : r.GetString(r.GetOrdinal("acknowledged_by")),
                r.GetString(r.GetOrdinal("delivery_state")),
                r.GetInt32(r.GetOrdinal("delivery_attempts")),
                Get<DateTimeOffset>("next_attempt_at"),
                Get<DateTimeOffset>("delivered_at"),
                JsonSerializer.Deserialize<DeliveryAttempt[]>(r.GetString(r.GetOrdinal("attempts")), AttemptJson) ?? []));
        }
        return alerts;
    }
}
