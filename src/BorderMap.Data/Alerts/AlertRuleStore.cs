using BorderMap.Core.Alerts;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Alerts;

/// <summary>A stored alert rule. The webhook secret is never read back out of the database.</summary>
public sealed record AlertRule(
    long Id,
    string Name,
    string AreaKind,
    string? AreaRef,
    double? BufferKm,
    Geometry AreaInput,
    Geometry Area,
    IReadOnlyList<string> EventTypes,
    int MinCount,
    int WindowHours,
    int? MinFatalities,
    RiseOverBaseline? Rise,
    AlertSeverity Severity,
    string? WebhookUrl,
    int CooldownMinutes,
    bool Enabled,
    DateTimeOffset? EvaluatedAt,
    DateTimeOffset? LastAlertAt,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// Creates, reads, replaces and deletes alert rules; the area polygon is resolved by PostGIS and the
/// webhook secret is stored as <paramref name="secrets"/> protected it.
/// </summary>
public sealed class AlertRuleStore(NpgsqlDataSource dataSource, ISecretProtector secrets)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>The stored rule, or null when its segment or crossing is not in the database.</summary>
    public async Task<AlertRule?> InsertAsync(AlertRuleDraft draft, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.InsertAlertRule"));
        AddDraft(command.Parameters, draft, secrets);
        return await SingleAsync(command, ct);
    }

    /// <summary>The replaced rule, or null when no rule has this id (or its segment or crossing is gone).</summary>
    public async Task<AlertRule?> ReplaceAsync(long id, AlertRuleDraft draft, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.UpdateAlertRule"));
        AddDraft(command.Parameters, draft, secrets);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await SingleAsync(command, ct);
    }

    public async Task<AlertRule?> GetAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.GetAlertRule"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await SingleAsync(command, ct);
    }

    public async Task<IReadOnlyList<AlertRule>> ListAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.ListAlertRules"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rules = new List<AlertRule>();
        while (await reader.ReadAsync(ct)) rules.Add(Read(reader));
        return rules;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.DeleteAlertRule"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>
    /// Protects the secrets stored in plain text before migration V0015 and clears the plain text;
    /// the servers run it at start. Returns how many it protected (0 once done).
    /// </summary>
    public async Task<int> ProtectPlainSecretsAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var plain = new List<(long Id, string Secret)>();
        await using (var select = new NpgsqlCommand(SqlScripts.Load("Alerts.PlainWebhookSecrets"), connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) plain.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        foreach (var (id, secret) in plain)
        {
            await using var protect = new NpgsqlCommand(SqlScripts.Load("Alerts.ProtectWebhookSecret"), connection, transaction);
            protect.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            protect.Parameters.Add(new NpgsqlParameter<string> { TypedValue = secrets.Protect(secret) });
            await protect.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return plain.Count;
    }

    private static void AddDraft(NpgsqlParameterCollection p, AlertRuleDraft d, ISecretProtector secrets)
    {
        var (kind, reference, buffer, geometry) = d.Area switch
        {
            AlertArea.Drawn a => Area("polygon", null, null, a.Geometry),
            AlertArea.AroundPoint a => Area("point", null, a.BufferKm, Wgs84.CreatePoint(new Coordinate(a.Center.Lon, a.Center.Lat))),
            AlertArea.AroundSegment a => Area("segment", a.SegmentId, a.BufferKm, null),
            AlertArea.AroundCrossing a => Area("crossing", a.CrossingId, a.BufferKm, null),
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Area, "unknown kind of alert area"),
        };
        p.Add(new NpgsqlParameter<string> { TypedValue = d.Name });
        p.Add(new NpgsqlParameter<string> { TypedValue = kind });
        p.Add(Nullable(reference, NpgsqlDbType.Text));
        p.Add(Nullable(buffer, NpgsqlDbType.Double));
        p.Add(Nullable(geometry, NpgsqlDbType.Geometry));
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. d.EventTypes] });
        p.Add(new NpgsqlParameter<int> { TypedValue = d.Condition.MinCount });
        p.Add(new NpgsqlParameter<int> { TypedValue = d.WindowHours });
        p.Add(Nullable(d.Condition.MinFatalities, NpgsqlDbType.Integer));
        p.Add(Nullable(d.Condition.Rise?.Windows, NpgsqlDbType.Integer));
        p.Add(Nullable(d.Condition.Rise?.Percent, NpgsqlDbType.Double));
        p.Add(new NpgsqlParameter<string> { TypedValue = SeverityCode(d.Severity) });
        p.Add(Nullable(d.Webhook?.Url.AbsoluteUri, NpgsqlDbType.Text));
        p.Add(Nullable(d.Webhook?.Secret is { } secret ? secrets.Protect(secret) : null, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<int> { TypedValue = d.CooldownMinutes });
        p.Add(new NpgsqlParameter<bool> { TypedValue = d.Enabled });
    }

    private static (string Kind, string? Reference, double? BufferKm, Geometry? Geometry) Area(string kind, string? reference, double? bufferKm, Geometry? geometry) =>
        (kind, reference, bufferKm, geometry);

    public static string SeverityCode(AlertSeverity severity) => severity.ToString().ToLowerInvariant();

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static async Task<AlertRule?> SingleAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    private static AlertRule Read(NpgsqlDataReader r)
    {
        T? Get<T>(string column) where T : struct => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetFieldValue<T>(r.GetOrdinal(column));
        string? Text(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));

        var baselineWindows = Get<int>("baseline_windows");
        var risePercent = Get<double>("rise_percent");
        AlertRuleInput.TryParseSeverity(r.GetString(r.GetOrdinal("severity")), out var severity);
        return new AlertRule(
            r.GetInt64(r.GetOrdinal("id")),
            r.GetString(r.GetOrdinal("name")),
            r.GetString(r.GetOrdinal("area_kind")),
            Text("area_ref"),
            Get<double>("area_buffer_km"),
            r.GetFieldValue<Geometry>(r.GetOrdinal("area_input")),
            r.GetFieldValue<Geometry>(r.GetOrdinal("area")),
            r.GetFieldValue<string[]>(r.GetOrdinal("event_types")),
            r.GetInt32(r.GetOrdinal("min_count")),
            r.GetInt32(r.GetOrdinal("window_hours")),
            Get<int>("min_fatalities"),
            baselineWindows is { } w && risePercent is { } pct ? new RiseOverBaseline(w, pct) : null,
            severity,
            Text("webhook_url"),
            r.GetInt32(r.GetOrdinal("cooldown_minutes")),
            r.GetBoolean(r.GetOrdinal("enabled")),
            Get<DateTimeOffset>("evaluated_at"),
            Get<DateTimeOffset>("last_alert_at"),
            r.GetInt32(r.GetOrdinal("revision")),
            r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("created_at")),
            r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("updated_at")));
    }
}
