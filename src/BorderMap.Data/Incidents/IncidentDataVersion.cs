using Npgsql;

namespace BorderMap.Data.Incidents;

/// <summary>
/// The incidents table's change counter (migration V0007): it moves with every statement that
/// changes incidents, so whatever was computed under one value (a tile, a count) may be reused
/// while it stays the same.
/// </summary>
public static class IncidentDataVersion
{
    public static async Task<long> ReadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Incidents.IncidentDataVersion"));
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
