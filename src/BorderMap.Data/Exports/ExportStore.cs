using System.Runtime.CompilerServices;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace BorderMap.Data.Exports;

public sealed record BorderSegmentExportRow(string Id, int Ordinal, string Name, string? TjAdmin2, string? AfAdmin2, double FromM, double ToM, double LengthM, Geometry Geometry);

public sealed record CrossingExportRow(string Id, string Name, string Kind, string? TjSide, string? AfSide, string? SegmentId, string? Note, string Source, Geometry Geometry);

/// <summary>Streams what the exports write: incidents row by row (never all in memory), and the small geodata layers.</summary>
public sealed class ExportStore(NpgsqlDataSource dataSource)
{
    public IAsyncEnumerable<IncidentExportRow> IncidentsAsync(IncidentQuery query, CancellationToken ct) =>
        SelectedAsync("Exports.ExportIncidents", query, IncidentExportRow.Read, ct);

    /// <summary>The same selection as <see cref="IncidentsAsync"/>, with the columns ACLED's layout is written from.</summary>
    public IAsyncEnumerable<AcledExportRow> AcledIncidentsAsync(IncidentQuery query, CancellationToken ct) =>
        SelectedAsync("Exports.ExportAcledIncidents", query, AcledExportRow.Read, ct);

    private async IAsyncEnumerable<T> SelectedAsync<T>(string sqlName, IncidentQuery query, Func<NpgsqlDataReader, T> read, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load(sqlName));
        IncidentFilterParameters.Add(command.Parameters, query);
        // The whole table may match: no statement timeout beyond the connection's own.
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return read(reader);
    }

    /// <param name="atMost">Stop counting after this many (the answer is then at most this); null counts all.</param>
    public async Task<long> CountAsync(IncidentQuery query, long? atMost, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Exports.CountIncidents"));
        IncidentFilterParameters.Add(command.Parameters, query);
        command.Parameters.Add(IncidentRows.Nullable(atMost, NpgsqlTypes.NpgsqlDbType.Bigint));
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public Task<IReadOnlyList<BorderSegmentExportRow>> BorderSegmentsAsync(CancellationToken ct) =>
        AllAsync("Exports.ExportBorderSegments", r => new BorderSegmentExportRow(r.GetString(0), r.GetInt32(1), r.GetString(2), Text(r, 3), Text(r, 4),
            r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetFieldValue<Geometry>(8)), ct);

    public Task<IReadOnlyList<CrossingExportRow>> CrossingsAsync(CancellationToken ct) =>
        AllAsync("Exports.ExportCrossings", r => new CrossingExportRow(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4),
            Text(r, 5), Text(r, 6), r.GetString(7), r.GetFieldValue<Geometry>(8)), ct);

    /// <summary>Every row of a small table (the geodata layers hold tens of rows).</summary>
    private async Task<IReadOnlyList<T>> AllAsync<T>(string sqlName, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load(sqlName));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(read(reader));
        return rows;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
