using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Server.Tests.Features.Analytics;

/// <summary>An incident row as the analytics tests need it; the database fills the rest.</summary>
public sealed record TestIncident(double Lon, double Lat, DateOnly Date, string EventType = "battles", int? Fatalities = null,
    short Precision = 1, string? Side = null, string? Segment = null, short TimePrecision = 1);

/// <summary>Writes analytics fixtures straight into the test database: hundreds of rows in one statement.</summary>
public static class AnalyticsFixtures
{
    public static async Task InsertAsync(string connectionString, IReadOnlyList<TestIncident> incidents)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO incidents (occurred_on, event_type, fatalities, geom, geo_precision, border_side, border_segment_id, time_precision, created_by, updated_by)
            SELECT d, t, f, ST_SetSRID(ST_MakePoint(x, y), 4326), p, s, g, tp, 'test', 'test'
            FROM unnest($1::date[], $2::text[], $3::int[], $4::float8[], $5::float8[], $6::smallint[], $7::text[], $8::text[], $9::smallint[])
                 AS u(d, t, f, x, y, p, s, g, tp)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = incidents.Select(i => i.Date).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = incidents.Select(i => i.EventType).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = incidents.Select(i => (object?)i.Fatalities ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = incidents.Select(i => i.Lon).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = incidents.Select(i => i.Lat).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = incidents.Select(i => i.Precision).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = incidents.Select(i => (object?)i.Side ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = incidents.Select(i => (object?)i.Segment ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = incidents.Select(i => i.TimePrecision).ToArray() });
        await command.ExecuteNonQueryAsync();
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Incidents scattered around a centre, deterministic for a seed.</summary>
    public static List<TestIncident> Scatter(int count, int seed, double lon, double lat, double spreadDegrees, int year)
    {
        var random = new Random(seed);
        string[] types = ["battles", "explosions_remote_violence", "strategic_developments"];
        return Enumerable.Range(0, count).Select(_ => new TestIncident(
            lon + (random.NextDouble() - 0.5) * 2 * spreadDegrees,
            lat + (random.NextDouble() - 0.5) * spreadDegrees,
            new DateOnly(year, 1, 1).AddDays(random.Next(0, 365)),
            types[random.Next(types.Length)],
            random.Next(0, 4) == 0 ? null : random.Next(0, 5),
            (short)random.Next(1, 4),
            random.Next(2) == 0 ? "TJ" : "AF",
            random.Next(3) == 0 ? null : $"seg-0{random.Next(1, 4)}")).ToList();
    }
}
