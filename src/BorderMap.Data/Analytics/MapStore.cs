using BorderMap.Core.Analytics;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace BorderMap.Data.Analytics;

/// <summary>What a rendered map needs from the database besides the heatmap: geodata layers, points, a summary.</summary>
public sealed class MapStore(NpgsqlDataSource dataSource)
{
    public async Task<MapBackdrop> BackdropAsync(BoundingBox area, double simplifyDegrees, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.MapBackdrop"));
        IncidentFilterParameters.AddBox(command.Parameters, area);
        CommandParameters.Add(command, simplifyDegrees);
        var layers = new Dictionary<string, List<MapShape>>(StringComparer.Ordinal)
        {
            ["country"] = [], ["border"] = [], ["segment"] = [], ["crossing"] = [],
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            layers[reader.GetString(0)].Add(new MapShape(reader.GetString(1), reader.GetString(2), reader.GetFieldValue<Geometry>(3)));
        return new MapBackdrop(layers["country"], layers["border"], layers["segment"], layers["crossing"]);
    }

    public async Task<IReadOnlyList<MapIncident>> IncidentsAsync(IncidentQuery filter, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.MapIncidents"));
        IncidentFilterParameters.Add(command.Parameters, filter);
        CommandParameters.Add(command, limit);
        var incidents = new List<MapIncident>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            incidents.Add(new MapIncident(reader.GetDouble(0), reader.GetDouble(1), reader.GetString(2)));
        return incidents;
    }

    public async Task<IncidentSummary> SummaryAsync(IncidentQuery filter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.IncidentSummary"));
        IncidentFilterParameters.Add(command.Parameters, filter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new IncidentSummary(reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
            reader.GetBoolean(3));
    }
}
