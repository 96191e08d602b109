using Npgsql;

namespace BorderMap.Server.Tests.Support;

/// <summary>Tells when the server's query is held by a lock a test took, so the test knows the request is inside PostgreSQL.</summary>
public static class LockWaits
{
    /// <summary>The first line of the heatmap points query (Analytics/HeatmapPoints.sql): once it waits, the heatmap holds its turn.</summary>
    public const string HeatmapPoints = "-- The points a heatmap sums";

    public static async Task WaitForAsync(string connectionString, string queryStart)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 400; i++)
        {
            await using var waiting = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'bordermap-server' AND wait_event_type = 'Lock' AND starts_with(query, $1)", connection);
            waiting.Parameters.AddWithValue(queryStart);
            if ((long)(await waiting.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"no query starting '{queryStart}' ever waited for the lock");
    }
}
