using BorderMap.Data.Reprocessing;
using BorderMap.Server.Features.Jobs;
using BorderMap.Server.Hosting;
using BorderMap.Server.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Reprocess;

/// <summary>POST /api/v1/reprocess: re-runs border context over a scope of incidents placed with an older gazetteer.</summary>
internal static class ReprocessApi
{
    public static IEndpointRouteBuilder MapReprocess(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/reprocess", Start).WithTags("Jobs").WithName("Reprocess").Accepts<ReprocessRequest>("application/json")
            .WithSummary("Start a reprocessing run over a scope of incidents; follow it at /api/v1/jobs/{id}")
            .WithDescription("Border context is computed again for incidents placed with an older gazetteer; the run continues where it stopped if its worker dies.");
        return app;
    }

    private static async Task<Accepted<JobView>> Start(HttpRequest request, ReprocessLauncher launcher, TimeProvider clock, CancellationToken ct)
    {
        var scope = (await JsonBody.ReadAsync<ReprocessRequest>(request)).Validate();
        var run = await launcher.StartAsync(ReprocessReasons.Api, scope, Revisions.Author(request.HttpContext), ct);
        return TypedResults.Accepted($"/api/v1/jobs/{run.Id}", JobView.From(run, clock.GetUtcNow()));
    }
}
