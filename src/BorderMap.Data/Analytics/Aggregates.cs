using Npgsql;

namespace BorderMap.Data.Analytics;

/// <summary>The materialised views that timelines and hotspots read (daily counts by event type, side and segment).</summary>
public sealed class Aggregates(NpgsqlDataSource dataSource)
{
    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Analytics.RefreshAggregates"));
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
