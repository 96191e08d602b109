using BorderMap.Core.Analytics;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Analytics;

/// <summary>The analytics queries: PostGIS filters, transforms and bins; the sums that need speed happen in Core.</summary>
public sealed class AnalyticsStore(NpgsqlDataSource dataSource)
{
    /// <summary>A lon/lat box in UTM 42N; null when it lies wholly outside the projection's domain.</summary>
    public async Task<MetricExtent?> BboxExtentAsync(BoundingBox box, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.BboxExtent"));
        IncidentFilterParameters.AddBox(command.Parameters, box);
        return await ExtentAsync(command, ct);
    }

    /// <summary>The matching incidents' extent in UTM 42N; null when none match.</summary>
    public async Task<MetricExtent?> PointsExtentAsync(IncidentQuery filter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.PointsExtent"));
        IncidentFilterParameters.Add(command.Parameters, filter);
        return await ExtentAsync(command, ct);
    }

    /// <summary>
    /// Streams the matching incidents in UTM 42N (their stored coordinates), within <paramref name="within"/> when given, in
    /// chunks of <paramref name="chunkSize"/> points so the caller can sum one while the next is read.
    /// </summary>
    public async IAsyncEnumerable<KdePoints> HeatmapPointsAsync(IncidentQuery filter, bool weightByFatalities, MetricExtent? within,
        int chunkSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.HeatmapPoints"));
        BindHeatmapPoints(command, filter, weightByFatalities, within);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        var chunk = new KdePoints(chunkSize);
        while (await reader.ReadAsync(ct))
        {
            chunk.Add(reader.GetDouble(0), reader.GetDouble(1), reader.IsDBNull(2) ? 1 : reader.GetDouble(2));
            if (reader.GetBoolean(3)) chunk.AnySynthetic = true;
            if (chunk.Count < chunkSize) continue;
            yield return chunk;
            chunk = new KdePoints(chunkSize);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>
    /// PostgreSQL's estimate of how many points <see cref="HeatmapPointsAsync"/> would stream: the
    /// planner's row count for the same query with the same values, so no incident is read.
    /// </summary>
    public Task<double?> EstimateHeatmapPointsAsync(IncidentQuery filter, bool weightByFatalities, MetricExtent? within, CancellationToken ct) =>
        AtOnceAsync(async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + SqlScripts.Load("Analytics.HeatmapPoints"), connection, transaction);
            BindHeatmapPoints(command, filter, weightByFatalities, within);
            var plan = (string)(await command.ExecuteScalarAsync(ct))!;
            using var json = System.Text.Json.JsonDocument.Parse(plan);
            return (double?)json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }, ct);

    /// <summary>All stored incidents' extent in UTM 42N from the table's statistics; null before the first ANALYZE.</summary>
    public Task<MetricExtent?> EstimatedIncidentsExtentAsync(CancellationToken ct) =>
        AtOnceAsync(async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(SqlScripts.Load("Analytics.EstimatedIncidentsExtent"), connection, transaction);
            return await ExtentAsync(command, ct);
        }, ct);

    /// <summary>
    /// Every hexagon over <paramref name="area"/>: the incidents of <paramref name="request"/>'s
    /// filters in it, and whether any incident it reads for the study area lies in it.
    /// </summary>
    public async Task<IReadOnlyList<HexBin>> HexBinsAsync(HotspotRequest request, MetricExtent area, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.HexBins"));
        IncidentFilterParameters.Add(command.Parameters, request.ReadFilter with { Bbox = null });
        CommandParameters.Add(command, request.SizeM);
        AddExtent(command, area);
        CommandParameters.Add(command, request.Filter.From, NpgsqlDbType.Date);
        CommandParameters.Add(command, request.Filter.To, NpgsqlDbType.Date);
        CommandParameters.Add(command, request.Filter.Types?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        var bins = new List<HexBin>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            bins.Add(new HexBin(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetBoolean(6), reader.GetFieldValue<Polygon>(7)));
        }
        return bins;
    }

    public async Task<IReadOnlyList<TimelineRow>> TimelineAsync(IncidentQuery filter, TimelineSplit split, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.Timeline"));
        IncidentFilterParameters.Add(command.Parameters, filter);
        CommandParameters.Add(command, TimelineRequest.Code(split));
        var rows = new List<TimelineRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new TimelineRow(reader.GetFieldValue<DateOnly>(0), (TimePrecision)reader.GetInt16(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<SegmentChange>> SegmentChangesAsync(SegmentChangeRequest request, CancellationToken ct)
    {
        var previous = request.PreviousPeriod();
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.SegmentChange"));
        IncidentFilterParameters.Add(command.Parameters, request.Filter with { From = previous.From, To = request.To });
        CommandParameters.Add(command, request.From);
        CommandParameters.Add(command, request.To);
        CommandParameters.Add(command, previous.From);
        CommandParameters.Add(command, previous.To);
        var segments = new List<SegmentChange>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            segments.Add(new SegmentChange(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetDouble(3),
                reader.GetFieldValue<LineString>(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
        }
        return segments;
    }

    private static void BindHeatmapPoints(NpgsqlCommand command, IncidentQuery filter, bool weightByFatalities, MetricExtent? within)
    {
        IncidentFilterParameters.Add(command.Parameters, filter);
        CommandParameters.Add(command, weightByFatalities);
        AddExtent(command, within);
    }

    /// <summary>
    /// An estimate taken before a request waits for its turn must come at once: when a lock on the
    /// incidents (a migration, an index build) would hold it, there is none (null) and the
    /// request's exact count decides once it runs.
    /// </summary>
    private async Task<T?> AtOnceAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T?>> estimate, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var noWait = new NpgsqlCommand("SET LOCAL lock_timeout = '100ms'", connection, transaction))
            await noWait.ExecuteNonQueryAsync(ct);
        try
        {
            return await estimate(connection, transaction);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return default;
        }
    }

    private static void AddExtent(NpgsqlCommand command, MetricExtent? extent)
    {
        CommandParameters.Add(command, extent?.MinX, NpgsqlDbType.Double);
        CommandParameters.Add(command, extent?.MinY, NpgsqlDbType.Double);
        CommandParameters.Add(command, extent?.MaxX, NpgsqlDbType.Double);
        CommandParameters.Add(command, extent?.MaxY, NpgsqlDbType.Double);
    }

    private static async Task<MetricExtent?> ExtentAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0)) return null;
        return new MetricExtent(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
