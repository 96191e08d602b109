using BorderMap.Data.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Jobs;

/// <summary>
/// Runs one reprocessing run (scope and cursor live in <c>reprocess_runs</c>). Reentrant: a run
/// that succeeded is not run again, and a run whose worker died continues from its cursor when
/// Hangfire hands the job to another worker (sliding invisibility timeout) or retries it.
/// </summary>
internal sealed class ReprocessIncidents(Reprocessor reprocessor, ReprocessRunStore runs, IBackgroundJobClient jobs, IOptions<JobsOptions> options,
    ILogger<ReprocessIncidents> logger)
{
    [Queue(JobQueues.Reprocess)]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 60, 300, 900, 3600])]
    public async Task RunAsync(long runId, CancellationToken ct)
    {
        ReprocessRun? run;
        try
        {
            run = await reprocessor.RunAsync(runId, options.Value.ReprocessBatchSize, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await runs.FinishAsync(runId, "failed", e.Message, CancellationToken.None);
            throw;
        }
        if (run is null) return;
        logger.LogInformation("Reprocess run {RunId} {State}: {Processed} incidents, {Changed} changed, {Relocated} relocated",
            runId, run.State, run.Processed, run.Changed, run.Relocated);
        if (run.Changed + run.Relocated > 0)
            jobs.Enqueue<RefreshAggregates>(job => job.RunAsync(CancellationToken.None));
    }
}

/// <summary>Recurring (<c>Jobs:ReprocessCron</c>, nightly): starts a whole-database run when incidents are stale and none is under way.</summary>
internal sealed class ReprocessStaleIncidents(ReprocessLauncher launcher)
{
    [Queue(JobQueues.Reprocess)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => launcher.StartWholeRunIfNeededAsync(ReprocessReasons.Nightly, ct);
}

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
