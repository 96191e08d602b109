using BorderMap.Core.Border;
using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using Npgsql;

namespace BorderMap.Data.Reprocessing;

/// <summary>
/// The re-geocoding step of reprocessing: the location the current gazetteer and geocoder give a
/// stored incident, or null to keep it. Until the geocoder lands nothing relocates
/// (<see cref="KeepLocations"/>); when it does, it plugs in here and a moved incident is written
/// through <see cref="IncidentStore.UpdateAsync"/>, whose 'relocated' revision keeps the old location in its history.
/// </summary>
public interface IIncidentRelocation
{
    GeoPoint? Relocate(Incident incident);
}

public sealed class KeepLocations : IIncidentRelocation
{
    public GeoPoint? Relocate(Incident incident) => null;
}

/// <summary>This process's geodata is not the database's current version: it must not stamp incidents with it.</summary>
public sealed class GeodataVersionMismatchException(string process, string? database)
    : Exception($"this process has geodata version {process} but the database's current version is {database ?? "none"}; restart it with the current geodata");

/// <summary>
/// Re-runs border context (and, through <see cref="IIncidentRelocation"/>, geocoding) over the
/// incidents of a run's scope that were placed with an older gazetteer version, in id order and
/// in batches. Each batch commits together with the run's cursor, so a run that dies resumes
/// after its last whole batch; the selection skips incidents already at the current version, so
/// replaying a batch changes nothing twice.
/// </summary>
public sealed class Reprocessor(
    NpgsqlDataSource dataSource, ReprocessRunStore runs, IncidentStore incidents, BorderModel border, string gazetteerVersion, IIncidentRelocation relocation)
{
    public const string Author = "reprocess";

    /// <summary>How often a running run is marked alive, whatever its batches take.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    public async Task<ReprocessRun?> RunAsync(long runId, int batchSize, CancellationToken ct)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            var current = await Geodata.GeodataLoader.CurrentVersionAsync(connection, ct);
            if (current != gazetteerVersion) throw new GeodataVersionMismatchException(gazetteerVersion, current);
        }
        if (await runs.StartAsync(runId, gazetteerVersion, ct) is not { State: "running" })
            return await runs.GetAsync(runId, ct);

        using var alive = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = HeartbeatAsync(runId, alive.Token);
        try
        {
            while (true)
            {
                var batch = await NextBatchAsync(runId, batchSize, ct);
                if (batch.Count == 0) break;
                await ApplyAsync(runId, batch, ct);
            }
        }
        finally
        {
            await alive.CancelAsync();
            await heartbeat;
        }
        return await runs.FinishAsync(runId, "succeeded", null, ct);
    }

    /// <summary>Marks the run alive until <paramref name="ct"/> ends it; a missed beat (a database blip) is only a late one.</summary>
    private async Task HeartbeatAsync(long runId, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await runs.HeartbeatAsync(runId, ct);
                }
                catch (NpgsqlException) when (!ct.IsCancellationRequested)
                {
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<List<Incident>> NextBatchAsync(long runId, int batchSize, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.NextReprocessBatch"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = runId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = gazetteerVersion });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new IncidentRows.Reader(reader);
        var batch = new List<Incident>(batchSize);
        while (await reader.ReadAsync(ct)) batch.Add(rows.Read());
        return batch;
    }

    private async Task ApplyAsync(long runId, List<Incident> batch, CancellationToken ct)
    {
        var placed = new List<(Incident Incident, BorderContext Context)>(batch.Count);
        var relocated = 0;
        foreach (var incident in batch)
        {
            if (relocation.Relocate(incident) is { } moved && moved != incident.Draft.Location)
            {
                var draft = incident.Draft with { Location = moved };
                if (await incidents.UpdateAsync(incident.Id, incident.Revision, draft, border.ContextOf(moved), gazetteerVersion, Author, ct) is IncidentWrite.Written)
                    relocated++;
                continue;
            }
            placed.Add((incident, border.ContextOf(incident.Draft.Location)));
        }

        await using var command = dataSource.CreateCommand(SqlScripts.Load("Reprocessing.ApplyReprocessBatch"));
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<long> { TypedValue = runId });
        p.Add(new NpgsqlParameter<long[]> { TypedValue = placed.Select(x => x.Incident.Id).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = placed.Select(x => x.Incident.Revision).ToArray() });
        p.Add(new NpgsqlParameter<string?[]> { TypedValue = placed.Select(x => x.Context.Side).ToArray() });
        p.Add(new NpgsqlParameter<double?[]> { TypedValue = placed.Select(x => x.Context.DistanceM).ToArray() });
        p.Add(new NpgsqlParameter<string?[]> { TypedValue = placed.Select(x => x.Context.SegmentId).ToArray() });
        p.Add(new NpgsqlParameter<string?[]> { TypedValue = placed.Select(x => x.Context.NearestCrossingId).ToArray() });
        p.Add(new NpgsqlParameter<double?[]> { TypedValue = placed.Select(x => x.Context.NearestCrossingM).ToArray() });
        p.Add(new NpgsqlParameter<string> { TypedValue = gazetteerVersion });
        p.Add(new NpgsqlParameter<long> { TypedValue = batch[^1].Id });
        p.Add(new NpgsqlParameter<long> { TypedValue = batch.Count });
        p.Add(new NpgsqlParameter<long> { TypedValue = relocated });
        p.Add(new NpgsqlParameter<string> { TypedValue = Author });
        await command.ExecuteNonQueryAsync(ct);
    }
}
