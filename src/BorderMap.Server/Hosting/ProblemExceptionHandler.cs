using System.Text.Json;
using BorderMap.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace BorderMap.Server.Hosting;

/// <summary>
/// The one place exceptions become RFC 9457 problem responses. Handlers throw a few known types;
/// everything else is a 500 that names the request id and never a stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            InputValidationException e => Validation(e.Status, e.Message, e.Errors.ToDictionary()),
            ProblemException e => Plain(e.Status, e.Title, e.Detail),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Plain(413, Problems.BodyTooLarge),
            BadHttpRequestException { InnerException: JsonException json } => Validation(400, Problems.InvalidJson, JsonErrors(json)),
            BadHttpRequestException e => Plain(e.StatusCode, Problems.InvalidBody, e.Message),
            PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => Plain(503, Problems.QueryTimeout),
            PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown } => Plain(503, Problems.DatabaseUnavailable),
            NpgsqlException { IsTransient: true } or NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } => Plain(503, Problems.DatabaseUnavailable),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path} (request {RequestId})",
                context.Request.Method, context.Request.Path, context.TraceIdentifier);
            problem = Plain(500, Problems.Unexpected);
        }
        else if (problem.Status >= 500)
        {
            logger.LogWarning("{Title} on {Method} {Path} (request {RequestId}): {Error}",
                problem.Title, context.Request.Method, context.Request.Path, context.TraceIdentifier, exception.Message);
        }

        if (exception is ProblemException { RetryAfter: { } wait })
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (problem.Status == 503) context.Response.Headers.RetryAfter = "5";
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails Validation(int status, string title, IDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors) { Status = status, Title = title };

    public static ProblemDetails Plain(int status, string title, string? detail = null) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary>System.Text.Json names the JSON path of the bad token; that is the field the client got wrong.</summary>
    public static IDictionary<string, string[]> JsonErrors(JsonException json)
    {
        var (path, message) = JsonErrorText.Of(json);
        return new Dictionary<string, string[]> { [path] = [message] };
    }
}
