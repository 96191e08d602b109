using BorderMap.Data.Health;
using BorderMap.Data.Migrations;
using BorderMap.Data.Routing;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace BorderMap.Server.Features.Health;

/// <summary>/healthz says the process is up; /readyz says it can serve: database reachable, fully migrated, job storage in place.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health")
            .WithSummary("The process is up (no database is asked)");
        app.MapGet("/readyz", Ready).WithTags("Health")
            .WithSummary("The process can serve: the database answers, is fully migrated and holds the job storage")
            .WithDescription("databases lists the primary and each read replica as the last probe saw it (streaming, lagging, down, "
                + "notAStandby); a replica that does not serve only sends reads to the primary, the process stays ready.");
        return app;
    }

    private static async Task<Results<Ok<Readiness>, ProblemHttpResult>> Ready(NpgsqlDataSource dataSource, DatabaseRoutes routes, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        DatabaseReadiness readiness;
        try
        {
            readiness = await DatabaseReadiness.CheckAsync(dataSource, timeout.Token);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return TypedResults.Problem("the database does not answer", statusCode: 503, title: Problems.DatabaseUnavailable);
        }

        if (!readiness.FullyMigrated)
        {
            return TypedResults.Problem($"schema version {readiness.SchemaVersion}, expected {Migrator.LatestVersion}", statusCode: 503,
                title: "The database schema is not fully migrated.");
        }
        if (!readiness.JobStorage)
            return TypedResults.Problem("the Hangfire tables are missing", statusCode: 503, title: "The job storage is not ready.");
        return TypedResults.Ok(new Readiness("ready", readiness.SchemaVersion, Migrator.LatestVersion, readiness.JobStorage,
            [new DatabaseStatus(ReadSource.PrimaryName, "primary", "ready", null, null, null), .. routes.Replicas.Select(DatabaseStatus.Of)]));
    }
}
