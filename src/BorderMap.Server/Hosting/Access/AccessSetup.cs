using System.Threading.RateLimiting;
using BorderMap.Data.Access;
using BorderMap.Server.Hosting.Limits;
using Microsoft.AspNetCore.RateLimiting;

namespace BorderMap.Server.Hosting.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddBorderMapAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection("Access"))
            .Validate(o => o.KeyCacheSeconds is >= 0 and <= 3600 && o.AnonymousPerMinute > 0 && o.KeyPerMinute > 0 && o.KeyPerMinuteByName.Values.All(n => n > 0),
                "Access limits must be positive")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<ApiKeyStore>();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccessOptions>>().Value;
                if (context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz"))
                    return RateLimitPartition.GetNoLimiter("health");
                var name = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name! : null;
                var (partition, perMinute) = name is not null
                    ? (name, options.PerMinuteFor(ApiKeyAccess.KeyNameOf(context.User)))
                    : ($"ip:{context.Connection.RemoteIpAddress}", options.AnonymousPerMinute);
                // A token bucket refilled every second lets short bursts through but holds the minute's rate.
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = Math.Max(1, perMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = (context, _) => Refusal.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1),
                Problems.TooManyRequests, "slow down and retry after the time in Retry-After");
        });
        return services;
    }

    public static WebApplication UseBorderMapAccess(this WebApplication app)
    {
        app.UseMiddleware<ApiKeyAccess>();
        app.UseRateLimiter();
        return app;
    }
}
