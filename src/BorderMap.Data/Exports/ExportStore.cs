using System.Runtime.CompilerServices;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Exports;

public sealed record BorderSegmentExportRow(string Id, int Ordinal, string Name, string? TjAdmin2, string? AfAdmin2, double FromM, double ToM, double LengthM, Geometry Geometry);

public sealed record CrossingExportRow(string Id, string Name, string Kind, string? TjSide, string? AfSide, string? SegmentId, string? Note, string Source, Geometry Geometry);

/// <summary>Streams what the exports write: incidents row by row (never all in memory), and the small geodata layers.</summary>
public sealed class ExportStore(NpgsqlDataSource dataSource)
{
    public async IAsyncEnumerable<IncidentExportRow> IncidentsAsync(IncidentQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Exports.ExportIncidents"));
        AddFilters(command.Parameters, query);
        // The whole table may match: no statement timeout beyond the connection's own.
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return IncidentExportRow.Read(reader);
    }

    public async Task<long> CountAsync(IncidentQuery query, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Exports.CountIncidents"));
        AddFilters(command.Parameters, query);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyList<BorderSegmentExportRow>> BorderSegmentsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Exports.ExportBorderSegments"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<BorderSegmentExportRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new BorderSegmentExportRow(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetFieldValue<Geometry>(8)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<CrossingExportRow>> CrossingsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Exports.ExportCrossings"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<CrossingExportRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new CrossingExportRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                Text(reader, 5), Text(reader, 6), reader.GetString(7), reader.GetFieldValue<Geometry>(8)));
        }
        return rows;
    }

    /// <summary>The list filters as ListIncidents.sql's $1-$17.</summary>
    private static void AddFilters(NpgsqlParameterCollection p, IncidentQuery query)
    {
        p.Add(new NpgsqlParameter<bool> { TypedValue = query.IncludeRetracted });
        AddBox(p, query.Bbox);
        p.Add(IncidentRows.Nullable(query.From, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.To, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.Types?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.Country, NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.MinPrecision is { } mp ? (short)mp : null, NpgsqlDbType.Smallint));
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.RadiusM, NpgsqlDbType.Double));
        AddBox(p, query.Near?.Envelope());
    }

    private static void AddBox(NpgsqlParameterCollection p, BoundingBox? box)
    {
        p.Add(IncidentRows.Nullable(box?.MinLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MinLat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLat, NpgsqlDbType.Double));
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
