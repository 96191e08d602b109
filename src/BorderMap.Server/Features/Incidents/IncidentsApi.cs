using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Access;
using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Access;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using BorderMap.Server.Hosting.Replicas;

namespace BorderMap.Server.Features.Incidents;

/// <summary>/api/v1/incidents: create, read, list with filters and keyset pages, edit with If-Match, retract.</summary>
internal static class IncidentsApi
{
    public static IServiceCollection AddIncidents(this IServiceCollection services) =>
        services.AddSingleton<IncidentStore>().AddReplicaReads(dataSource => new IncidentStore(dataSource)).AddSingleton(TimeProvider.System);

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/incidents").WithTags("Incidents");
        group.MapGet("/", List).WithName("ListIncidents")
            .WithSummary("List incidents, newest first, a keyset page at a time")
            .WithDescription("A GeoJSON FeatureCollection of the incidents the filters select; a next link carries the cursor of the following page. "
                + "Anonymous callers (the web viewer) get the rows without the key names that wrote them.")
            .WithQueryParameters(() => [.. IncidentFilterDocs.Filters(), .. IncidentFilterDocs.Paging()]);
        group.MapGet("/{id:long}", Get).WithName("GetIncident")
            .WithSummary("One incident as a GeoJSON Feature; its revision is the ETag an edit sends back as If-Match");
        group.MapGet("/{id:long}/history", History).WithName("GetIncidentHistory")
            .WithSummary("Every revision of an incident: what changed, when, by whom, and the state it left");
        group.MapPost("/", Create).WithName("CreateIncident").Accepts<IncidentInput>("application/json")
            .WithSummary("Record an incident; a place name without coordinates is geocoded against the gazetteer")
            .WithDescription("Every bad field is named in the 422 problem's errors map. The border context (side, distance, segment, crossing) is computed, never sent.");
        group.MapPatch("/{id:long}", Patch).WithName("PatchIncident").Accepts<IncidentInput>(JsonMergePatch.MediaType, "application/json")
            .WithSummary("Edit an incident with a JSON merge patch, If-Match its current revision")
            .WithDescription("The merged incident is validated as a POST would be. 428 without If-Match, 412 when the revision moved on, 409 when the incident is retracted or merged.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{id:long}", Retract).WithName("RetractIncident")
            .WithSummary("Retract an incident (kept, with its history, and left out of lists unless includeRetracted=true)")
            .WithDescription("If-Match is optional: with it, 412 when the revision moved on. 409 when the incident is already retracted or merged.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    private static async Task<GeoJsonResult<IncidentFeatureCollection>> List(HttpRequest request, [FromKeyedServices(Reads.FromReplica)] IncidentStore store, CancellationToken ct)
    {
        var query = IncidentQueryParser.Parse(QueryParameters.Of(request));
        var page = await store.ListAsync(query, ct);
        // anonymous callers (the web viewer) read the list too; the key names behind the rows are for key holders
        var withAuthors = ApiKeyAccess.RoleOf(request.HttpContext.User) >= ApiRole.Reader;
        var links = new List<Link> { new(QueryParameters.Url(request, null), "self", GeoJsonResult<object>.MediaType) };
        if (page.Next is { } next)
            links.Add(new(QueryParameters.Url(request, ("cursor", next.Encode(query.FilterFingerprint()))), "next", GeoJsonResult<object>.MediaType, "next page"));
        return GeoJson.Ok(new IncidentFeatureCollection(page.Incidents.Select(i => IncidentFeature.From(i, withAuthors)).ToList(), page.Incidents.Count, links));
    }

    private static async Task<Results<GeoJsonResult<IncidentFeature>, ProblemHttpResult>> Get(long id, IncidentStore store, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } incident
            ? GeoJson.Ok(IncidentFeature.From(incident), Revisions.ETag(incident.Revision))
            : NotFound(id);

    private static async Task<Results<Ok<IncidentRevisionView[]>, ProblemHttpResult>> History(long id, IncidentStore store, CancellationToken ct)
    {
        var history = await store.HistoryAsync(id, ct);
        if (history.Count == 0) return NotFound(id);
        return TypedResults.Ok(history
            .Select(r => new IncidentRevisionView(r.Revision, r.Change, r.ChangedAt, r.ChangedBy, JsonDocument.Parse(r.StateJson).RootElement))
            .ToArray());
    }

    private static async Task<GeoJsonResult<IncidentFeature>> Create(
        HttpRequest request, IncidentStore store, BorderModel border, GeodataSet geodata, IncidentExtractor extractor, TimeProvider clock, CancellationToken ct)
    {
        // A place name without coordinates is geocoded against the gazetteer, as the geoparser would.
        using var body = await JsonBody.ReadDocumentAsync(request);
        var input = IncidentGeocoding.Complete(IncidentJson.Read(body.RootElement), extractor);
        var draft = input.Validate(Today(clock));
        var incident = await store.InsertAsync(draft, border.ContextOf(draft.Location), geodata.Version, Revisions.Author(request.HttpContext), ct);
        return GeoJson.Created($"/api/v1/incidents/{incident.Id}", IncidentFeature.From(incident), Revisions.ETag(incident.Revision));
    }

    private static async Task<Results<GeoJsonResult<IncidentFeature>, ProblemHttpResult>> Patch(
        long id, HttpRequest request, IncidentStore store, BorderModel border, GeodataSet geodata, IncidentExtractor extractor, TimeProvider clock, CancellationToken ct)
    {
        var expected = Revisions.FromIfMatch(request, required: true);
        var patch = await JsonBody.ReadAsync<JsonObject>(request, JsonBody.DefaultLimit, JsonMergePatch.MediaType, "application/json");
        var current = await store.GetAsync(id, ct);
        if (current is null) return NotFound(id);
        if (expected is not null && expected != current.Revision) return Stale(current.Revision);

        // The merged document is validated exactly like a POST, so a PATCH can never store what a POST would refuse.
        var options = JsonBody.Options(request.HttpContext);
        var merged = JsonMergePatch.Apply(JsonSerializer.SerializeToNode(IncidentInput.From(current.Draft), options), patch);
        // "geometry": null with a placeName relocates the incident to that place, as a POST would.
        if (merged is not JsonObject) throw new ProblemException(400, Problems.InvalidJson, "the patch removed the whole incident");
        var input = IncidentGeocoding.Complete(IncidentJson.Read(JsonSerializer.SerializeToElement(merged, options)), extractor);
        var draft = input.Validate(Today(clock)) with { Synthetic = current.Draft.Synthetic };

        var placement = border.ContextOf(draft.Location);
        return await store.UpdateAsync(id, expected ?? current.Revision, draft, placement, geodata.Version, Revisions.Author(request.HttpContext), ct) switch
        {
            IncidentWrite.Written w => GeoJson.Ok(IncidentFeature.From(w.Incident), Revisions.ETag(w.Incident.Revision)),
            IncidentWrite.StaleRevision s => Stale(s.CurrentRevision),
            IncidentWrite.NotEditable n => TypedResults.Problem(Problems.NotEditable, statusCode: 409, title: Problems.NotEditable, extensions: Status(n.Status)),
            _ => NotFound(id),
        };
    }

    private static async Task<Results<GeoJsonResult<IncidentFeature>, ProblemHttpResult>> Retract(long id, HttpRequest request, IncidentStore store, CancellationToken ct)
    {
        var expected = Revisions.FromIfMatch(request, required: false);
        return await store.RetractAsync(id, expected, Revisions.Author(request.HttpContext), ct) switch
        {
            IncidentWrite.Written w => GeoJson.Ok(IncidentFeature.From(w.Incident), Revisions.ETag(w.Incident.Revision)),
            IncidentWrite.StaleRevision s => Stale(s.CurrentRevision),
            IncidentWrite.NotEditable n => TypedResults.Problem(Problems.NotEditable, statusCode: 409, title: Problems.NotEditable, extensions: Status(n.Status)),
            _ => NotFound(id),
        };
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"incident {id} does not exist", statusCode: 404, title: Problems.IncidentNotFound);

    private static ProblemHttpResult Stale(int currentRevision) =>
        TypedResults.Problem($"the current revision is {currentRevision}; read the incident again and reapply your change",
            statusCode: 412, title: Problems.StaleRevision,
            extensions: new Dictionary<string, object?> { ["currentRevision"] = currentRevision });

    private static Dictionary<string, object?> Status(IncidentStatus status) =>
        new() { ["status"] = status.ToString().ToLowerInvariant() };
}
