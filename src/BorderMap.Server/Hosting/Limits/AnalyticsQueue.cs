using System.Globalization;
using System.Threading.RateLimiting;
using BorderMap.Core.Analytics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BorderMap.Server.Hosting.Limits;

/// <summary>
/// The turn a heatmap, hot-spot analysis or rendered map waits for. A handler takes it only after
/// its parameters are parsed and its cost is planned against <see cref="Budget"/>, so a request
/// that will be refused is refused at once instead of after the queue (issue 17: a bad
/// <c>format</c> waited 20–60 s behind a heavy heatmap). At most <c>Concurrent</c> run, up to
/// <c>Queue</c> more wait (oldest first), beyond that 503 with Retry-After. The work gets a token
/// cancelled when the client goes away or when it has run <c>MaxSeconds</c> (then 503).
/// </summary>
internal sealed class AnalyticsQueue(IOptions<LimitsOptions> limits) : IDisposable
{
    private readonly AnalyticsLimitsOptions _options = limits.Value.Analytics;

    private readonly ConcurrencyLimiter _turns = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.Value.Analytics.Concurrent,
        QueueLimit = limits.Value.Analytics.Queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public AnalyticsBudget Budget => _options.Budget;

    public async Task<T> RunAsync<T>(HttpContext context, Func<CancellationToken, Task<T>> work)
    {
        var aborted = context.RequestAborted;
        var turn = await _turns.AcquireAsync(1, aborted);
        // Held until the answer is written: a large grid's JSON or PNG is part of the work.
        context.Response.RegisterForDispose(turn);
        if (!turn.IsAcquired)
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, Problems.Busy,
                $"{_options.Concurrent} analytics requests are running and {_options.Queue} waiting, the most this server takes; retry after the time in Retry-After",
                TimeSpan.FromSeconds(_options.RetryAfterSeconds));
        }

        using var capped = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        capped.CancelAfter(TimeSpan.FromSeconds(_options.MaxSeconds));
        try
        {
            return await work(capped.Token);
        }
        catch (Exception e) when (capped.IsCancellationRequested && !aborted.IsCancellationRequested
                                  && e is OperationCanceledException or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled })
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, Problems.AnalysisTooLong,
                string.Create(CultureInfo.InvariantCulture,
                    $"it ran for {_options.MaxSeconds} s (Limits:Analytics:MaxSeconds) and was stopped; ask for a smaller area, a coarser grid or fewer incidents"),
                TimeSpan.FromSeconds(_options.RetryAfterSeconds));
        }
    }

    public void Dispose() => _turns.Dispose();
}
