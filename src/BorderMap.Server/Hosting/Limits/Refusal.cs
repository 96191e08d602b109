using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace BorderMap.Server.Hosting.Limits;

/// <summary>The answer to a request a limit turned away: problem+json with Retry-After.</summary>
internal static class Refusal
{
    public static async ValueTask WriteAsync(HttpContext context, int status, TimeSpan retryAfter, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
