using BorderMap.Core.Queries;
using BorderMap.Data.Reprocessing;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Jobs;

internal sealed record JobScopeView(string Kind, BoundingBox? Bbox, DateOnly? From, DateOnly? To, IReadOnlyList<long>? Ids);

internal sealed record JobProgressView(long? Total, long Processed, long Changed, long Relocated, double? Percent, long Cursor);

/// <summary>A reprocessing run as clients follow it; <c>hangfireJobId</c> finds it on the dashboard;
/// <c>waitingToResume</c> is true while a running job's worker has died and another has not taken it up yet.</summary>
internal sealed record JobView(
    long Id, string Kind, string State, bool WaitingToResume, string Reason, JobScopeView Scope, string? GazetteerVersion, JobProgressView Progress,
    int Attempts, string? Error, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? HeartbeatAt, DateTimeOffset? FinishedAt, string? HangfireJobId)
{
    public static JobView From(ReprocessRun r, DateTimeOffset now) => new(
        r.Id, "reprocess", r.State, r.WaitingToResume(now), r.Reason, new JobScopeView(r.Scope.Kind, r.Scope.Bbox, r.Scope.From, r.Scope.To, r.Scope.Ids),
        r.TargetVersion,
        new JobProgressView(r.Total, r.Processed, r.Changed, r.Relocated,
            r.Total is > 0 and var total ? Math.Round(100.0 * Math.Min(r.Processed, total) / total, 1) : r.State == "succeeded" ? 100 : null, r.CursorId),
        r.Attempts, r.Error, r.CreatedBy, r.CreatedAt, r.StartedAt, r.UpdatedAt, r.HeartbeatAt, r.FinishedAt, r.HangfireJobId);
}

/// <summary>GET /api/v1/jobs/{id}: state and progress of a job started through the API.</summary>
internal static class JobsApi
{
    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/jobs/{id:long}", Get).WithTags("Jobs").WithName("GetJob")
            .WithSummary("The state and progress of a job started through the API (a reprocessing run)");
        return app;
    }

    private static async Task<Results<Ok<JobView>, ProblemHttpResult>> Get(long id, ReprocessRunStore runs, TimeProvider clock, CancellationToken ct) =>
        await runs.GetAsync(id, ct) is { } run
            ? TypedResults.Ok(JobView.From(run, clock.GetUtcNow()))
            : TypedResults.Problem($"job {id} does not exist", statusCode: 404, title: Problems.JobNotFound);
}
