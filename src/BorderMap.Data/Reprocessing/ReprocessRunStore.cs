using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Reprocessing;

/// <summary>Which incidents a reprocessing run covers; several filters narrow together.</summary>
public sealed record ReprocessScope(BoundingBox? Bbox, DateOnly? From, DateOnly? To, IReadOnlyList<long>? Ids)
{
    public static readonly ReprocessScope All = new(null, null, null, null);

    public string Kind => Ids is not null ? "ids" : Bbox is not null ? "bbox" : From is not null || To is not null ? "dates" : "all";
}

public sealed record ReprocessRun(
    long Id, string State, string Reason, ReprocessScope Scope, string? TargetVersion, string? HangfireJobId,
    long? Total, long Processed, long Changed, long Relocated, long CursorId, int Attempts, string? Error, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, DateTimeOffset? HeartbeatAt = null)
{
    /// <summary>
    /// Running, but its worker has not marked it alive for three heartbeats: the worker died and the
    /// run waits for Hangfire to give its job to another worker (Jobs:InvisibilityTimeout), which
    /// continues from the cursor.
    /// </summary>
    public bool WaitingToResume(DateTimeOffset now) =>
        State == "running" && now - (HeartbeatAt ?? UpdatedAt) > 3 * Reprocessor.HeartbeatInterval;
}

public static class ReprocessReasons
{
    public const string Api = "api";
    public const string GazetteerChanged = "gazetteer-changed";
    public const string Nightly = "nightly";
}

/// <summary>Reprocessing runs: what they cover, how far they got, and how they ended.</summary>
public sealed class ReprocessRunStore(NpgsqlDataSource dataSource)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public async Task<ReprocessRun> CreateAsync(string reason, ReprocessScope scope, string createdBy, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.CreateReprocessRun"));
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string> { TypedValue = reason });
        p.Add(new NpgsqlParameter<string> { TypedValue = scope.Kind });
        p.Add(new NpgsqlParameter { Value = scope.Bbox is { } b ? Box(b) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Geometry });
        p.Add(new NpgsqlParameter { Value = (object?)scope.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        p.Add(new NpgsqlParameter { Value = (object?)scope.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        p.Add(new NpgsqlParameter { Value = (object?)scope.Ids?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        p.Add(new NpgsqlParameter<string> { TypedValue = createdBy });
        return await SingleAsync(command, ct) ?? throw new InvalidOperationException("INSERT returned no reprocess run");
    }

    public async Task SetHangfireJobAsync(long runId, string jobId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.SetHangfireJob"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = runId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = jobId });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<ReprocessRun?> GetAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.GetReprocessRun"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await SingleAsync(command, ct);
    }

    /// <summary>Whether a whole-database run should start for this version: something is stale and no such run is waiting or running.</summary>
    public async Task<bool> WholeRunNeededAsync(string version, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.ActiveRunExists"));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return !reader.GetBoolean(0) && reader.GetBoolean(1);
    }

    /// <summary>Marks the run running for <paramref name="version"/>; null when it has already succeeded or does not exist.</summary>
    public async Task<ReprocessRun?> StartAsync(long id, string version, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.StartReprocessRun"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
        return await SingleAsync(command, ct);
    }

    /// <summary>Marks a running run's worker alive.</summary>
    public async Task HeartbeatAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.ReprocessHeartbeat"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<ReprocessRun?> FinishAsync(long id, string state, string? error, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.FinishReprocessRun"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return await SingleAsync(command, ct);
    }

    private static Polygon Box(BoundingBox b)
    {
        var polygon = Wgs84.CreatePolygon([
            new(b.MinLon, b.MinLat), new(b.MaxLon, b.MinLat), new(b.MaxLon, b.MaxLat), new(b.MinLon, b.MaxLat), new(b.MinLon, b.MinLat)]);
        polygon.SRID = 4326;
        return polygon;
    }

    private static async Task<ReprocessRun?> SingleAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        T? Get<T>(string column) where T : struct => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetFieldValue<T>(r.GetOrdinal(column));
        string? Text(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));

        BoundingBox? bbox = null;
        if (!r.IsDBNull(r.GetOrdinal("bbox")))
        {
            var envelope = r.GetFieldValue<Geometry>(r.GetOrdinal("bbox")).EnvelopeInternal;
            bbox = new BoundingBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        }
        var ids = r.IsDBNull(r.GetOrdinal("incident_ids")) ? null : r.GetFieldValue<long[]>(r.GetOrdinal("incident_ids"));
        return new ReprocessRun(
            r.GetInt64(r.GetOrdinal("id")), r.GetString(r.GetOrdinal("state")), r.GetString(r.GetOrdinal("reason")),
            new ReprocessScope(bbox, Get<DateOnly>("date_from"), Get<DateOnly>("date_to"), ids),
            Text("target_version"), Text("hangfire_job_id"), Get<long>("total"),
            r.GetInt64(r.GetOrdinal("processed")), r.GetInt64(r.GetOrdinal("changed")), r.GetInt64(r.GetOrdinal("relocated")),
            r.GetInt64(r.GetOrdinal("cursor_id")), r.GetInt32(r.GetOrdinal("attempts")), Text("error"), r.GetString(r.GetOrdinal("created_by")),
            r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("created_at")), Get<DateTimeOffset>("started_at"),
            r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("updated_at")), Get<DateTimeOffset>("finished_at"), Get<DateTimeOffset>("heartbeat_at"));
    }
}
