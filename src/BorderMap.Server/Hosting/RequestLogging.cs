using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BorderMap.Server.Hosting;

/// <summary>
/// Returns each request's id (ASP.NET's TraceIdentifier, the RequestId of every log line the request
/// causes) in the X-Request-Id header and in problem bodies, keeps a caller's own X-Request-Id as
/// ClientRequestId when it is a sane token, and logs one structured line per request: method, path,
/// status, duration, caller. Never the query string, headers or body, so neither keys nor report
/// text reach the logs.
/// </summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var clientId = given.Length is > 0 and <= 64 && SafeId().IsMatch(given) ? given : null;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = context.TraceIdentifier;
            return Task.CompletedTask;
        });

        var clock = Stopwatch.StartNew();
        using var scope = clientId is null ? null : logger.BeginScope("ClientRequestId:{ClientRequestId}", clientId);
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation("{Method} {Path} answered {Status} in {ElapsedMs:F1} ms for {Caller}",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, clock.Elapsed.TotalMilliseconds,
                context.User.Identity?.Name ?? "anonymous");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex SafeId();
}
