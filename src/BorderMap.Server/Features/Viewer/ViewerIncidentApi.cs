using System.Text.Json;
using BorderMap.Core.Access;
using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using BorderMap.Server.Features.Incidents;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Viewer;

/// <summary>
/// GET /viewer/incidents/{id}.json: what the viewer's incident panel shows, in one answer: the
/// incident (without the key names, as the public list), the reports it was found in, and its
/// history as what each revision changed. Anonymous callers see active incidents only, as on the map.
/// </summary>
internal static class ViewerIncidentApi
{
    /// <summary>The stored columns a reader of the history cares about, with the words the panel uses for them.</summary>
    private static readonly (string Column, string Label)[] Fields =
    [
        ("occurred_on", "date"), ("time_precision", "date precision"), ("event_type", "type"), ("sub_event_type", "sub-type"),
        ("actors", "actors"), ("fatalities", "fatalities"), ("injured", "injured"), ("geom", "position"),
        ("place_name", "place"), ("admin1", "province"), ("admin2", "district"), ("country", "country"),
        ("geo_precision", "geo precision"), ("border_segment_id", "border segment"), ("source", "source"),
        ("source_url", "source address"), ("notes", "notes"), ("status", "status"), ("merged_into", "merged into"),
    ];

    private const int ValueLength = 120;

    public static IEndpointRouteBuilder MapViewerIncident(this IEndpointRouteBuilder app)
    {
        app.MapGet("/viewer/incidents/{id:long}.json", Get).WithName("ViewerIncident").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<ViewerIncident>, ProblemHttpResult>> Get(long id, HttpContext http, IncidentStore store, CancellationToken ct)
    {
        var reader = ApiKeyAccess.RoleOf(http.User) >= ApiRole.Reader;
        var incident = await store.GetAsync(id, ct);
        if (incident is null || (incident.Status != IncidentStatus.Active && !reader))
            return TypedResults.Problem($"incident {id} does not exist", statusCode: 404, title: Problems.IncidentNotFound);

        var reports = await store.ReportsAsync(id, ct);
        var history = await store.HistoryAsync(id, ct);
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(new ViewerIncident(
            IncidentFeature.From(incident, withAuthors: reader),
            reports.Select(r => new ViewerReport(r.ReportId, r.Title, r.Url, r.Published, r.Merged)).ToArray(),
            Changes(history, withAuthors: reader)));
    }

    /// <summary>Each revision with the fields it changed from the one before (all of them for the first).</summary>
    public static ViewerRevision[] Changes(IReadOnlyList<IncidentRevision> history, bool withAuthors)
    {
        var revisions = new List<ViewerRevision>();
        JsonElement? before = null;
        foreach (var revision in history)
        {
            using var document = JsonDocument.Parse(revision.StateJson);
            var state = document.RootElement.Clone();
            var changes = before is { } previous
                ? Fields.Where(f => !Equal(previous, state, f.Column))
                    .Select(f => new ViewerChange(f.Label, Text(previous, f.Column), Text(state, f.Column))).ToArray()
                : [];
            revisions.Add(new ViewerRevision(revision.Revision, revision.Change, revision.ChangedAt, withAuthors ? revision.ChangedBy : null, changes));
            before = state;
        }
        return [.. revisions];
    }

    private static bool Equal(JsonElement a, JsonElement b, string column)
    {
        var (x, y) = (Value(a, column), Value(b, column));
        return x.ValueKind == JsonValueKind.Undefined || y.ValueKind == JsonValueKind.Undefined
            ? x.ValueKind == y.ValueKind
            : JsonElement.DeepEquals(x, y);
    }

    private static JsonElement Value(JsonElement state, string column) =>
        state.TryGetProperty(column, out var value) ? value : default;

    /// <summary>A field's value as the panel prints it: text as is (cut short), a position as "moved", nothing as null.</summary>
    private static string? Text(JsonElement state, string column)
    {
        var value = Value(state, column);
        var text = value.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            JsonValueKind.Object when column == "geom" && value.TryGetProperty("coordinates", out var c) && c.GetArrayLength() == 2 =>
                FormattableString.Invariant($"{c[1].GetDouble():0.#####}, {c[0].GetDouble():0.#####}"),
            _ => value.GetRawText(),
        };
        return text is { Length: > ValueLength } ? text[..(ValueLength - 1)] + "…" : text;
    }
}

internal sealed record ViewerIncident(IncidentFeature Incident, IReadOnlyList<ViewerReport> Reports, IReadOnlyList<ViewerRevision> History);

/// <summary>A report the incident was found in; <paramref name="Merged"/> when it was merged into the incident later.</summary>
internal sealed record ViewerReport(long Id, string? Title, string? Url, DateOnly Published, bool Merged);

/// <summary>A revision: its kind (created, edited, retracted, …), when, by which key (for key holders), and what it changed.</summary>
internal sealed record ViewerRevision(int Revision, string Change, DateTimeOffset ChangedAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? ChangedBy,
    IReadOnlyList<ViewerChange> Changes);

internal sealed record ViewerChange(string Field, string? From, string? To);
