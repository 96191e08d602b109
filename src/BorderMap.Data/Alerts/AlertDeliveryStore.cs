using BorderMap.Core.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Alerts;

/// <summary>An alert claimed for one delivery attempt, with what the webhook needs.</summary>
public sealed record ClaimedDelivery(
    long AlertId, int Attempt, long RuleId, string RuleName, string WebhookUrl, string WebhookSecret, string Severity,
    AlertWindow Window, int IncidentCount, int Fatalities, IReadOnlyList<long> IncidentIds, double? BaselineAverage, DateTimeOffset CreatedAt);

public abstract record DeliveryOutcome
{
    public sealed record Delivered(int StatusCode) : DeliveryOutcome;
    public sealed record Failed(int? StatusCode, string Error) : DeliveryOutcome;
}

/// <summary>
/// The delivery state of alerts in the database, which is what makes delivery exactly-once per
/// rule and window as far as BorderMap can know: an attempt starts only from a claim, and a
/// delivered alert can never be claimed again.
/// </summary>
public sealed class AlertDeliveryStore(NpgsqlDataSource dataSource, ISecretProtector secrets)
{
    /// <summary>
    /// The claim, or null when the alert is delivered, failed, cancelled (its rule was deleted or
    /// disabled: this cancels it), has no webhook or is being delivered by another worker.
    /// </summary>
    public async Task<ClaimedDelivery?> ClaimAsync(long alertId, TimeSpan lease, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.ClaimDelivery"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = alertId });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lease.TotalSeconds });
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var start = r.GetFieldValue<DateOnly>(7);
        var end = r.GetFieldValue<DateOnly>(8);
        return new ClaimedDelivery(
            r.GetInt64(0), r.GetInt32(1), r.GetInt64(2), r.GetString(3), r.GetString(4), secrets.Unprotect(r.GetString(5)), r.GetString(6),
            new AlertWindow(start, end.DayNumber - start.DayNumber), r.GetInt32(9), r.GetInt32(10), r.GetFieldValue<long[]>(11),
            r.IsDBNull(12) ? null : r.GetDouble(12), r.GetFieldValue<DateTimeOffset>(13));
    }

    /// <summary>Records the attempt's outcome; returns the alert's new delivery state, or null when the claim was lost meanwhile.</summary>
    public async Task<string?> FinishAsync(ClaimedDelivery claim, DeliveryOutcome outcome, bool giveUp, TimeSpan retryAfter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.FinishDelivery"));
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<long> { TypedValue = claim.AlertId });
        p.Add(new NpgsqlParameter<int> { TypedValue = claim.Attempt });
        p.Add(new NpgsqlParameter<bool> { TypedValue = outcome is DeliveryOutcome.Delivered });
        var (status, error) = outcome switch
        {
            DeliveryOutcome.Delivered d => ((int?)d.StatusCode, (string?)null),
            DeliveryOutcome.Failed f => (f.StatusCode, f.Error),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
        p.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter<bool> { TypedValue = giveUp });
        p.Add(new NpgsqlParameter<double> { TypedValue = retryAfter.TotalSeconds });
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Alerts whose delivery job went missing or whose worker died, now due again.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(TimeSpan grace, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Alerts.DueDeliveries"));
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = grace.TotalSeconds });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<long>();
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
