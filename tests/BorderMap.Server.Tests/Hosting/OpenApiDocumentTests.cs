using System.Text.Json.Nodes;
using BorderMap.Core.Queries;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Hosting;

/// <summary>
/// /openapi/v1.json is the contract generated clients and /docs read: every route says what it
/// does, which query parameters it reads and every problem it can answer.
/// </summary>
public sealed class OpenApiDocumentTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>What each route reading the query string reads, in its parser's names.</summary>
    public static TheoryData<string, string[]> QueryRoutes => new()
    {
        { "/api/v1/incidents", [.. IncidentQueryParser.Parameters] },
        { "/api/v1/exports/incidents.{format}", [.. IncidentQueryParser.Parameters.Except(["limit", "cursor"]), "raw"] },
        { "/tiles/{layer}/{z}/{x}/{y}.pbf", [.. IncidentQueryParser.Parameters.Except(["limit", "cursor", "bbox", "near", "radiusKm"])] },
        { "/tiles/{layer}.json", [.. IncidentQueryParser.Parameters.Except(["limit", "cursor", "bbox", "near", "radiusKm"])] },
        { "/api/v1/alerts", ["ruleId", "acknowledged", "before", "limit"] },
        { "/api/v1/gazetteer/search", ["q", "country", "near", "limit"] },
        { "/api/v1/border/context", ["lon", "lat"] },
        { "/api/v1/incidents:import", ["mode"] },
    };

    [Fact]
    public async Task Every_route_has_a_summary()
    {
        var missing = (await OperationsAsync()).Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["summary"])).Select(o => o.Name);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_route_declares_the_problems_any_request_may_get()
    {
        foreach (var (name, operation) in await OperationsAsync())
        {
            foreach (var status in new[] { 401, 500, 503 })
                Assert.True(HasProblem(operation, status), $"{name} does not declare {status}");
            if (name is not ("GET /healthz" or "GET /readyz")) Assert.True(HasProblem(operation, 429), $"{name} does not declare 429");
        }
    }

    [Fact]
    public async Task Every_route_with_path_parameters_declares_its_404()
    {
        var missing = (await OperationsAsync())
            .Where(o => o.Name.Contains('{') && !HasProblem(o.Operation, 404))
            .Select(o => o.Name);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_route_that_reads_a_body_declares_every_answer_to_a_bad_body()
    {
        foreach (var (name, operation) in (await OperationsAsync()).Where(o => o.Operation["requestBody"] is not null))
        {
            foreach (var status in new[] { 400, 413, 415, 422 })
                Assert.True(HasProblem(operation, status), $"{name} reads a body but does not declare {status}");
        }
    }

    [Theory]
    [MemberData(nameof(QueryRoutes))]
    public async Task A_route_declares_every_query_parameter_it_reads_and_its_400(string path, string[] reads)
    {
        var document = await app.Client.GetJsonAsync("/openapi/v1.json");
        var operation = (document["paths"]![path]!["get"] ?? document["paths"]![path]!["post"])!.AsObject();
        var parameters = operation["parameters"]!.AsArray().Select(p => p!.AsObject()).Where(p => (string?)p["in"] == "query").ToList();
        Assert.Equal(reads.Order(), parameters.Select(p => (string)p["name"]!).Order());
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace((string?)p["description"]), $"{p["name"]} has no description"));
        Assert.True(HasProblem(operation, 400), $"{path} reads the query string but does not declare 400");
    }

    [Fact]
    public async Task The_problem_answers_are_problem_json()
    {
        var operation = (await app.Client.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/v1/incidents/{id}"]!["patch"]!;
        foreach (var status in new[] { 404, 409, 412, 428 })
            Assert.NotNull(operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]!["application/problem+json"]);
    }

    private async Task<List<(string Name, JsonObject Operation)>> OperationsAsync()
    {
        var paths = (await app.Client.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();
        return paths
            .SelectMany(path => Methods.Where(m => path.Value![m] is not null).Select(m => ($"{m.ToUpperInvariant()} {path.Key}", path.Value![m]!.AsObject())))
            .ToList();
    }

    private static bool HasProblem(JsonObject operation, int status) =>
        operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/problem+json"] is not null;
}
