using BorderMap.Core.Alerts;
using BorderMap.Core.Border;
using BorderMap.Core.Validation;
using BorderMap.Data.Alerts;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Alerts;

/// <summary>/api/v1/alert-rules: create, list, read, replace and delete alert rules.</summary>
internal static class AlertRulesApi
{
    public static IEndpointRouteBuilder MapAlertRules(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alert-rules").WithTags("Alerts");
        group.MapGet("/", List).WithName("ListAlertRules").WithSummary("Every alert rule");
        group.MapGet("/{id:long}", Get).WithName("GetAlertRule").WithSummary("One alert rule");
        group.MapPost("/", Create).WithName("CreateAlertRule").Accepts<AlertRuleInput>("application/json")
            .WithSummary("Create an alert rule: an area × event types × a count threshold over a time window, and its webhook")
            .WithDescription("The webhook secret is stored encrypted and never shown again; a webhook to a loopback or private address is refused unless allowed.");
        group.MapPut("/{id:long}", Replace).WithName("ReplaceAlertRule").Accepts<AlertRuleInput>("application/json")
            .WithSummary("Replace an alert rule; its windows are evaluated again from the start");
        group.MapDelete("/{id:long}", Delete).WithName("DeleteAlertRule").WithSummary("Delete an alert rule");
        return app;
    }

    private static async Task<Ok<AlertRuleView[]>> List(AlertRuleStore rules, CancellationToken ct) =>
        TypedResults.Ok((await rules.ListAsync(ct)).Select(AlertRuleView.From).ToArray());

    private static async Task<Results<Ok<AlertRuleView>, ProblemHttpResult>> Get(long id, AlertRuleStore rules, CancellationToken ct) =>
        await rules.GetAsync(id, ct) is { } rule ? TypedResults.Ok(AlertRuleView.From(rule)) : NotFound(id);

    private static async Task<Created<AlertRuleView>> Create(HttpRequest request, AlertRuleStore rules, BorderModel border, WebhookAddressPolicy webhooks, CancellationToken ct)
    {
        var draft = await ReadAsync(request, border, webhooks, ct);
        var rule = await rules.InsertAsync(draft, ct) ?? throw AreaNotLoaded(draft);
        return TypedResults.Created($"/api/v1/alert-rules/{rule.Id}", AlertRuleView.From(rule));
    }

    private static async Task<Results<Ok<AlertRuleView>, ProblemHttpResult>> Replace(
        long id, HttpRequest request, AlertRuleStore rules, BorderModel border, WebhookAddressPolicy webhooks, CancellationToken ct)
    {
        var draft = await ReadAsync(request, border, webhooks, ct);
        if (await rules.ReplaceAsync(id, draft, ct) is { } rule) return TypedResults.Ok(AlertRuleView.From(rule));
        if (await rules.GetAsync(id, ct) is null) return NotFound(id);
        throw AreaNotLoaded(draft);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(long id, AlertRuleStore rules, CancellationToken ct) =>
        await rules.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>Parses and validates the body, including where the webhook's host resolves, before anything is stored.</summary>
    private static async Task<AlertRuleDraft> ReadAsync(HttpRequest request, BorderModel border, WebhookAddressPolicy webhooks, CancellationToken ct)
    {
        var input = await JsonBody.ReadAsync<AlertRuleInput>(request);
        var draft = input.Validate(border);
        if (draft.Webhook is { } webhook && await webhooks.RefusalAsync(webhook.Url, ct) is { } refusal)
        {
            var errors = new FieldErrors();
            errors.Add("webhookUrl", $"is refused: {refusal}");
            throw new InputValidationException(Problems.InvalidAlertRule, errors);
        }
        return draft;
    }

    /// <summary>The border model knew the segment or crossing but the database's geodata does not (another version is loaded).</summary>
    private static InputValidationException AreaNotLoaded(AlertRuleDraft draft)
    {
        var errors = new FieldErrors();
        var (field, id) = draft.Area switch
        {
            AlertArea.AroundSegment s => ("area.segmentId", s.SegmentId),
            AlertArea.AroundCrossing c => ("area.crossingId", c.CrossingId),
            _ => ("area", "?"),
        };
        errors.Add(field, $"'{id}' is not in the database's current geodata");
        return new InputValidationException(Problems.InvalidAlertRule, errors);
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"alert rule {id} does not exist", statusCode: 404, title: Problems.AlertRuleNotFound);
}
