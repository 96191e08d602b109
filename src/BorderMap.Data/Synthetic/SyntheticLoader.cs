using System.Diagnostics;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Synthetic;

public sealed record LoadResult(long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>Bulk-loads synthetic incidents with binary COPY. They carry no revision history: they were never edited.</summary>
public static class SyntheticLoader
{
    public const string Author = "synthetic-seed";

    public static async Task<LoadResult> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<IncidentDraft> drafts,
        IProgress<long>? progress, CancellationToken ct)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var writer = await connection.BeginBinaryImportAsync(SqlScripts.Load("Synthetic.CopyIncidents"), ct);
        long rows = 0;
        foreach (var d in drafts)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(d.Date, NpgsqlDbType.Date, ct);
            await writer.WriteAsync((short)d.TimePrecision, NpgsqlDbType.Smallint, ct);
            await writer.WriteAsync(d.EventType.Code, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.SubEventType?.Code, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Fatalities, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(factory.CreatePoint(new Coordinate(d.Location.Lon, d.Location.Lat)), NpgsqlDbType.Geometry, ct);
            await writer.WriteAsync(d.PlaceName, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Country, NpgsqlDbType.Text, ct);
            await writer.WriteAsync((short)d.GeoPrecision, NpgsqlDbType.Smallint, ct);
            await writer.WriteAsync(d.Source, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Synthetic, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync(Author, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(Author, NpgsqlDbType.Text, ct);
            if (++rows % 10_000 == 0) progress?.Report(rows);
        }
        await writer.CompleteAsync(ct);
        await writer.CloseAsync(ct);
        clock.Stop();
        progress?.Report(rows);

        await using (var analyze = new NpgsqlCommand("ANALYZE incidents", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        return new LoadResult(rows, clock.Elapsed);
    }
}
