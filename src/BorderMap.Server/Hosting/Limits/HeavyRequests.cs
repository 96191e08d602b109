using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Hosting.Limits;

/// <summary>
/// Request classes whose single request costs the server hundreds of times a tile or a page of
/// items. Each class gets a concurrency limit with a queue (oldest first), so that under load these
/// wait their turn instead of taking every core and database connection from the light requests;
/// only a client that finds the queue full is answered 503 with Retry-After.
/// Exports opt in with <c>.RequireRateLimiting(HeavyRequests.Exports)</c>; analytics take their
/// turn in the handler, after their cost is checked (<see cref="AnalyticsQueue"/>).
/// </summary>
internal static class HeavyRequests
{
    public const string Exports = "heavy:exports";

    public static IServiceCollection AddBorderMapLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection("Limits"))
            .Validate(o => o.IsValid(), "Limits must be positive (queues may be 0)")
            .ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((limiter, limits) =>
        {
            limiter.AddPolicy(Exports, new HeavyRequestPolicy("exports", limits.Value.Exports));
        });
        return services.AddSingleton<AnalyticsQueue>();
    }

    private sealed class HeavyRequestPolicy(string requestClass, HeavyRequestOptions options) : IRateLimiterPolicy<string>
    {
        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetConcurrencyLimiter(requestClass, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.Concurrent,
                QueueLimit = options.Queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });

        public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => (context, _) =>
            Refusal.WriteAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, TimeSpan.FromSeconds(options.RetryAfterSeconds), Problems.Busy,
                $"{options.Concurrent} {requestClass} requests are running and {options.Queue} waiting, the most this server takes; retry after the time in Retry-After");
    }
}
