using BorderMap.Data.Reprocessing;
using Hangfire;
using Microsoft.Extensions.Options;

// Hangfire stores a job by its type's full name: the job classes keep the namespace they were
// enqueued under, so jobs scheduled before an upgrade (webhook retries, retried runs) still run.
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
