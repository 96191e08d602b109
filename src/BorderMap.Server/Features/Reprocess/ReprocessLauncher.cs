using BorderMap.Data.Reprocessing;
using BorderMap.Server.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Features.Reprocess;

/// <summary>Creates a reprocessing run and enqueues its job; the run id is the job id clients see.</summary>
internal sealed class ReprocessLauncher(ReprocessRunStore runs, IBackgroundJobClient jobs, BorderMap.Core.Geodata.GeodataSet geodata)
{
    public async Task<ReprocessRun> StartAsync(string reason, ReprocessScope scope, string createdBy, CancellationToken ct)
    {
        var run = await runs.CreateAsync(reason, scope, createdBy, ct);
        var jobId = jobs.Enqueue<ReprocessIncidents>(job => job.RunAsync(run.Id, CancellationToken.None));
        await runs.SetHangfireJobAsync(run.Id, jobId, ct);
        return run with { HangfireJobId = jobId };
    }

    public async Task<ReprocessRun?> StartWholeRunIfNeededAsync(string reason, CancellationToken ct) =>
        await runs.WholeRunNeededAsync(geodata.Version, ct) ? await StartAsync(reason, ReprocessScope.All, "system", ct) : null;
}
