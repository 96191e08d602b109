using System.Net;
using BorderMap.Server.Tests.Support;
using Npgsql;

namespace BorderMap.Server.Tests.Faults;

public sealed class ImpatientApp : BorderMapApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Database:StatementTimeoutSeconds"] = "1",
    };
}

/// <summary>A query stuck behind a lock is cancelled by PostgreSQL and answered 503, not left hanging.</summary>
public sealed class StatementTimeoutTests(ImpatientApp app) : IClassFixture<ImpatientApp>
{
    [Fact]
    public async Task A_list_blocked_by_a_table_lock_answers_503_after_the_statement_timeout()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE", connection, tx))
                await lockTable.ExecuteNonQueryAsync();

            using var blocked = await app.Client.GetAsync("/api/v1/incidents");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, blocked.StatusCode);
            Assert.Equal("The query took too long and was cancelled.", (await blocked.ProblemAsync()).GetProperty("title").GetString());
            Assert.NotNull(blocked.Headers.RetryAfter);
            await tx.RollbackAsync();
        }

        using var free = await app.Client.GetAsync("/api/v1/incidents");
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }
}
