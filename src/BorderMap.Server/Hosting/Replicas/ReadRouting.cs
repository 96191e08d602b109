using BorderMap.Core.Validation;
using BorderMap.Data.Routing;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>
/// Read-your-writes across replicas. A successful write answers <c>BorderMap-Lsn</c>, the primary's
/// WAL position after it committed; a GET that sends it back as <c>BorderMap-Min-Lsn</c> is read
/// from a replica only once that replica has replayed it, else from the primary. Every GET whose
/// endpoint reads through <see cref="Reads.FromReplica"/> says where it read in <c>BorderMap-Read-From</c>.
/// A GET that fails on a replica's connection (down, shutting down, a query cancelled by recovery)
/// before its answer started is run again on the primary, and the replica gets no reads until
/// its next probe finds it well.
/// </summary>
internal sealed class ReadRouting(RequestDelegate next, DatabaseRoutes routes, ILogger<ReadRouting> logger)
{
    public const string PositionHeader = "BorderMap-Lsn";
    public const string MinPositionHeader = "BorderMap-Min-Lsn";
    public const string ReadFromHeader = "BorderMap-Read-From";

    public async Task InvokeAsync(HttpContext context, ReadRoute route)
    {
        if (routes.Replicas.Count == 0)
        {
            await next(context);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.OnStarting(() => AnswerPositionAsync(context));
            await next(context);
            return;
        }

        route.Source = await routes.ForReadAsync(MinPosition(context.Request), context.RequestAborted);
        context.Response.OnStarting(() =>
        {
            if (route.Used) context.Response.Headers[ReadFromHeader] = route.Source.Name;
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception e) when (route.Source.Replica is { } replica && route.Used && !context.Response.HasStarted && IsReplicaFailure(e))
        {
            logger.LogWarning("Read on {Replica} failed, reading {Path} from the primary instead: {Error}", replica.Name, context.Request.Path, e.Message);
            replica.MarkDown(e.Message);
            context.Response.Clear();
            route.Source = routes.Primary;
            await next(context);
        }
    }

    private static NpgsqlLogSequenceNumber? MinPosition(HttpRequest request)
    {
        var text = request.Headers[MinPositionHeader].ToString();
        if (text.Length == 0) return null;
        if (NpgsqlLogSequenceNumber.TryParse(text.Trim(), out var position)) return position;
        var errors = new FieldErrors();
        errors.Add(MinPositionHeader, "must be a WAL position as BorderMap-Lsn gives it, such as 0/16B3748");
        throw new InputValidationException(Problems.InvalidHeader, errors, status: 400);
    }

    private async Task AnswerPositionAsync(HttpContext context)
    {
        if (context.Response.StatusCode is < 200 or >= 300) return;
        try
        {
            context.Response.Headers[PositionHeader] = (await routes.PrimaryPositionAsync(context.RequestAborted)).ToString();
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            // The write is done; only the client cannot ask to read it from a replica that has it.
            logger.LogWarning("No WAL position for the answer to {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, e.Message);
        }
    }

    /// <summary>Failures that are the replica's, not the request's: the same read may well succeed on the primary.</summary>
    public static bool IsReplicaFailure(Exception e) => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.SerializationFailure // cancelled by a conflict with recovery
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.InvalidCatalogName,
        NpgsqlException => true,
        _ => false,
    };
}
