using BorderMap.Core.Alerts;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Alerts;

/// <param name="Overlap">how far before a rule's last evaluation incidents still count as new: covers transactions that were open then</param>
/// <param name="LookbackDays">windows older than this are never evaluated (null: all history), so a new rule does not alert on years of past windows</param>
public sealed record AlertCheckOptions(TimeSpan Overlap, int? LookbackDays);

/// <param name="Phases">how long each phase of the check took, in order (for logs and Server-Timing)</param>
public sealed record AlertCheckResult(bool Skipped, int RulesEvaluated, int WindowsEvaluated, IReadOnlyList<long> CreatedAlertIds,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases)
{
    public static readonly AlertCheckResult SkippedRun = new(true, 0, 0, [], []);
}

/// <summary>
/// Evaluates every enabled rule and records an alert for each window that meets it. A rule never
/// evaluated (new or edited) is counted over all its windows in one grouped scan; after that only
/// the windows holding incidents written since its last evaluation are counted again, so a late,
/// back-dated incident re-opens exactly the window it belongs to. One check runs at a time
/// (a PostgreSQL advisory lock held for the run).
/// </summary>
public sealed class AlertCheck(NpgsqlDataSource dataSource, AlertCheckOptions options)
{
    /// <param name="Area">what counting its windows needs: the area, event types and window length, counting from any day</param>
    private sealed record RuleRow(long Id, int Revision, RuleWindows Windows, DateTimeOffset? EvaluatedAt, RuleArea Area);

    /// <param name="waitForRunning">wait for a check that is already running instead of skipping</param>
    public async Task<AlertCheckResult> RunAsync(bool waitForRunning, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var held = waitForRunning
            ? await AdvisoryLocks.HoldAsync(connection, AdvisoryLock.AlertCheck, ct)
            : await AdvisoryLocks.TryHoldAsync(connection, AdvisoryLock.AlertCheck, ct);
        if (held is null) return AlertCheckResult.SkippedRun;
        return await EvaluateAsync(connection, ct);
    }

    private async Task<AlertCheckResult> EvaluateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        DateTimeOffset startedAt;
        await using (var now = new NpgsqlCommand("SELECT now()", connection))
        await using (var reader = await now.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            startedAt = reader.GetFieldValue<DateTimeOffset>(0);
        }
        DateOnly? horizon = options.LookbackDays is { } days ? DateOnly.FromDateTime(startedAt.UtcDateTime).AddDays(-days) : null;

        var phases = new PhaseClock();
        var rules = await RulesAsync(connection, startedAt, ct);
        if (rules.Count == 0) return new AlertCheckResult(false, 0, 0, [], []);
        var candidates = rules.Keys.ToDictionary(id => id, _ => new List<AlertWindow>());

        var fresh = rules.Values.Where(r => r.EvaluatedAt is null).ToList();
        if (fresh.Count > 0)
        {
            foreach (var rule in fresh)
                rule.Windows.MarkCompleteFrom(horizon is { } h ? AlertWindow.Containing(h, rule.Windows.WindowDays).Start : DateOnly.MinValue);
            foreach (var (ruleId, tally) in await CountAllWindowsAsync(connection, fresh, horizon, ct))
            {
                rules[ruleId].Windows.Add(tally);
                candidates[ruleId].Add(tally.Window);
            }
            phases.Lap("new-rules");
        }

        var seen = rules.Values.Where(r => r.EvaluatedAt is not null).ToList();
        if (seen.Count > 0)
        {
            var touched = (await TouchedWindowsAsync(connection, seen, ct))
                .Where(t => horizon is not { } h || t.Window.End > h)
                .ToList();
            foreach (var (ruleId, window) in touched) candidates[ruleId].Add(window);
            await CountIntoAsync(connection, rules, touched, ct);
            phases.Lap("touched");
        }

        var baselines = rules.Values.SelectMany(r => r.Windows.MissingBaselines(candidates[r.Id]).Select(w => (r.Id, w))).ToList();
        await CountIntoAsync(connection, rules, baselines, ct);
        phases.Lap("baselines");

        var firing = rules.Values.SelectMany(r => r.Windows.Firing(candidates[r.Id]).Select(f => (r.Id, f))).ToList();
        var created = await InsertAlertsAsync(connection, firing, ct);
        phases.Lap("insert");
        await MarkEvaluatedAsync(connection, rules.Values, startedAt, ct);
        return new AlertCheckResult(false, rules.Count, candidates.Values.Sum(c => c.Count), created, phases.Laps);
    }

    private sealed class PhaseClock
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly List<(string, TimeSpan)> _laps = [];
        public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Laps => _laps;

        public void Lap(string phase)
        {
            _laps.Add((phase, _clock.Elapsed));
            _clock.Restart();
        }
    }

    private static async Task<Dictionary<long, RuleRow>> RulesAsync(NpgsqlConnection connection, DateTimeOffset startedAt, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SqlScripts.Load("Alerts.RulesToEvaluate"), connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = startedAt });
        await using var r = await command.ExecuteReaderAsync(ct);
        var rules = new Dictionary<long, RuleRow>();
        while (await r.ReadAsync(ct))
        {
            var rise = r.IsDBNull(5) ? null : new RiseOverBaseline(r.GetInt32(5), r.GetDouble(6));
            var condition = new AlertCondition(r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4), rise);
            var id = r.GetInt64(0);
            var days = r.GetInt32(2) / 24;
            var area = new RuleArea(id, r.GetFieldValue<Geometry>(8), r.GetFieldValue<string[]>(9).ToHashSet(StringComparer.Ordinal), days, DateOnly.MinValue);
            rules[id] = new RuleRow(id, r.GetInt32(1), new RuleWindows(condition, days), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7), area);
        }
        return rules;
    }

    /// <summary>
    /// Every window holding an active incident of the new rules, counted in memory in one pass over
    /// the incidents inside their areas' envelope (<see cref="RuleAreaIndex"/>), not by PostGIS rule
    /// by rule: a thousand new rules over a year of incidents cost seconds that way.
    /// </summary>
    private static async Task<IEnumerable<(long RuleId, WindowTally Tally)>> CountAllWindowsAsync(
        NpgsqlConnection connection, IReadOnlyList<RuleRow> rules, DateOnly? horizon, CancellationToken ct)
    {
        var index = new RuleAreaIndex(rules.Select(r => horizon is { } h
            ? r.Area with { CountFrom = AlertWindow.Containing(h, r.Area.WindowDays).Start }
            : r.Area).ToList());
        await CountAsync(connection, index, [(index.EarliestCountFrom, null)], ct);
        return index.Tallies();
    }

    /// <summary>Counts the given windows (each once, zero included) into their rules, in memory over one read of the days they cover.</summary>
    private static async Task CountIntoAsync(NpgsqlConnection connection, Dictionary<long, RuleRow> rules,
        IReadOnlyList<(long RuleId, AlertWindow Window)> windows, CancellationToken ct)
    {
        var wanted = windows.Distinct().ToList();
        if (wanted.Count == 0) return;
        var areas = wanted.Select(w => w.RuleId).Distinct().Select(id => rules[id].Area).ToList();
        var index = new RuleAreaIndex(areas, wanted.Select(w => (w.RuleId, w.Window.Start)).ToHashSet());
        var ranges = RuleAreaIndex.CoveringRanges(wanted.Select(w => w.Window));
        await CountAsync(connection, index, ranges.Select(r => (r.From, (DateOnly?)r.To)).ToList(), ct);
        foreach (var (ruleId, window) in wanted)
            rules[ruleId].Windows.Add(index.TallyOf(ruleId, window));
    }

    /// <summary>Feeds the active incidents of the given date ranges [from, to) inside the index's envelope to the index.</summary>
    private static async Task CountAsync(NpgsqlConnection connection, RuleAreaIndex index, IReadOnlyList<(DateOnly From, DateOnly? To)> ranges, CancellationToken ct)
    {
        if (index.Envelope.IsNull) return;
        // Over all history this reads every incident in the envelope; that can outlast the default 30 s on a slow disk.
        await using var command = new NpgsqlCommand(SqlScripts.Load("Alerts.IncidentsToCount"), connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = ranges.Select(r => r.From).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]> { TypedValue = ranges.Select(r => r.To).ToArray() });
        foreach (var bound in new[] { index.Envelope.MinX, index.Envelope.MinY, index.Envelope.MaxX, index.Envelope.MaxY })
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = bound });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            index.Add(new CountedIncident(reader.GetFieldValue<DateOnly>(0), reader.GetDouble(1), reader.GetDouble(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
    }

    private async Task<List<(long RuleId, AlertWindow Window)>> TouchedWindowsAsync(NpgsqlConnection connection, IReadOnlyList<RuleRow> rules, CancellationToken ct)
    {
        var since = rules.Select(r => r.EvaluatedAt!.Value - options.Overlap).ToArray();
        await using var command = new NpgsqlCommand(SqlScripts.Load("Alerts.TouchedWindows"), connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = rules.Select(r => r.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = since });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = since.Min() });
        var days = rules.ToDictionary(r => r.Id, r => r.Windows.WindowDays);
        var touched = new List<(long, AlertWindow)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var ruleId = reader.GetInt64(0);
            touched.Add((ruleId, new AlertWindow(reader.GetFieldValue<DateOnly>(1), days[ruleId])));
        }
        return touched;
    }

    private static async Task<IReadOnlyList<long>> InsertAlertsAsync(NpgsqlConnection connection, IReadOnlyList<(long RuleId, FiringWindow Firing)> firing, CancellationToken ct)
    {
        if (firing.Count == 0) return [];
        await using var command = new NpgsqlCommand(SqlScripts.Load("Alerts.InsertAlerts"), connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = firing.Select(f => f.RuleId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = firing.Select(f => f.Firing.Tally.Window.Start).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<double?[]> { TypedValue = firing.Select(f => f.Firing.Decision.BaselineAverage).ToArray() });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task MarkEvaluatedAsync(NpgsqlConnection connection, IEnumerable<RuleRow> rules, DateTimeOffset startedAt, CancellationToken ct)
    {
        var list = rules.ToList();
        await using var command = new NpgsqlCommand(SqlScripts.Load("Alerts.MarkEvaluated"), connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = list.Select(r => r.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = list.Select(r => r.Revision).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = startedAt });
        await command.ExecuteNonQueryAsync(ct);
    }
}
