using System.Threading.RateLimiting;
using BorderMap.Data.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace BorderMap.Server.Hosting.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddBorderMapAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection("Access"))
            .Validate(o => o.KeyCacheSeconds is >= 0 and <= 3600 && o.AnonymousPerMinute > 0 && o.KeyPerMinute > 0, "Access limits must be positive")
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
                    ? (name, options.KeyPerMinute)
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
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = "Too many requests.", Detail = "slow down and retry after the time in Retry-After" },
                });
            };
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
