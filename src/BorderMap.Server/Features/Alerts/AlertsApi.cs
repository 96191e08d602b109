using System.Globalization;
using BorderMap.Core.Queries;
using BorderMap.Data.Alerts;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.OpenApi;
using BorderMap.Server.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Alerts;

/// <summary>/api/v1/alerts: list and read alerts with their delivery log, acknowledge them, and run a check now.</summary>
internal static class AlertsApi
{
    public const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Alerts");
        group.MapGet("/alerts", List).WithName("ListAlerts")
            .WithSummary("Alerts, newest first, a page at a time")
            .WithQueryParameters(() =>
            [
                OpenApiQuery.Parameter("ruleId", "Only the alerts of this rule. Default: every rule.", OpenApiQuery.Integer(1, int.MaxValue, null)),
                OpenApiQuery.Parameter("acknowledged", "true: only acknowledged alerts; false: only those not yet acknowledged. Default: both.", OpenApiQuery.Flag(null)),
                OpenApiQuery.Parameter("before", "Only alerts with a smaller id: the position a next link carries.", OpenApiQuery.Integer(1, long.MaxValue, null)),
                OpenApiQuery.Parameter("limit", "The page size.", OpenApiQuery.Integer(1, 1000, DefaultLimit)),
            ]);
        group.MapGet("/alerts/{id:long}", Get).WithName("GetAlert").WithSummary("One alert, with its window, counts and delivery state");
        group.MapPost("/alerts/{id:long}/ack", Acknowledge).WithName("AcknowledgeAlert").WithSummary("Acknowledge an alert");
        group.MapPost("/alerts:check", Check).WithName("CheckAlertsNow")
            .WithSummary("Check every alert rule now (waiting for a scheduled check that is running) and answer with the alerts it created");
        return app;
    }

    private static async Task<Ok<AlertList>> List(HttpRequest request, AlertStore alerts, CancellationToken ct)
    {
        var query = new QueryValues(QueryParameters.Of(request));
        var ruleId = query.Int("ruleId", 1, int.MaxValue, 0);
        var acknowledged = query.Text("acknowledged", 5) switch
        {
            null => (bool?)null,
            "true" => true,
            "false" => false,
            _ => Invalid(query, "acknowledged", "must be true or false"),
        };
        var before = query.Text("before", 20) is { } b
            ? long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : Invalid<long?>(query, "before", "must be an alert id")
            : null;
        var limit = query.Int("limit", 1, 1000, DefaultLimit);
        query.ThrowIfInvalid(Problems.InvalidQuery);

        var page = await alerts.ListAsync(new AlertQuery(ruleId == 0 ? null : ruleId, acknowledged, before, limit), ct);
        var next = page.Count == limit ? QueryParameters.Url(request, ("before", page[^1].Id.ToString(CultureInfo.InvariantCulture))) : null;
        return TypedResults.Ok(new AlertList(page.Select(AlertView.From).ToList(), next));
    }

    private static async Task<Results<Ok<AlertView>, ProblemHttpResult>> Get(long id, AlertStore alerts, CancellationToken ct) =>
        await alerts.GetAsync(id, ct) is { } alert ? TypedResults.Ok(AlertView.From(alert)) : NotFound(id);

    private static async Task<Results<Ok<AlertView>, ProblemHttpResult>> Acknowledge(long id, HttpContext context, AlertStore alerts, CancellationToken ct) =>
        await alerts.AcknowledgeAsync(id, Revisions.Author(context), ct) is { } alert ? TypedResults.Ok(AlertView.From(alert)) : NotFound(id);

    /// <summary>Runs a check now (waiting for a scheduled one that is running) and answers with the alerts it created.</summary>
    private static async Task<Ok<AlertCheckView>> Check(AlertCheck check, AlertDispatcher dispatcher, AlertStore alerts, HttpResponse response, CancellationToken ct)
    {
        var result = await check.RunAsync(waitForRunning: true, ct);
        response.Headers["Server-Timing"] = string.Join(", ", result.Phases.Select(p => FormattableString.Invariant($"{p.Phase};dur={p.Elapsed.TotalMilliseconds:0.0}")));
        await dispatcher.DispatchAsync(result.CreatedAlertIds, ct);
        var created = await alerts.GetManyAsync(result.CreatedAlertIds, ct);
        return TypedResults.Ok(new AlertCheckView(result.RulesEvaluated, result.WindowsEvaluated, created.Select(AlertView.From).ToList()));
    }

    private static T? Invalid<T>(QueryValues query, string name, string message)
    {
        query.Errors.Add(name, message);
        return default;
    }

    private static bool? Invalid(QueryValues query, string name, string message) => Invalid<bool?>(query, name, message);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"alert {id} does not exist", statusCode: 404, title: Problems.AlertNotFound);
}
