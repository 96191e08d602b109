using System.Net;
using System.Text;
using BorderMap.Core.Access;
using BorderMap.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderMap.Server.Tests.Access;

/// <summary>
/// Every endpoint the server maps, called with no key and with a reader, an editor and an admin
/// key: the outcome must match <see cref="Expected"/>. An endpoint missing from the table fails
/// the test, so a new route cannot ship without a decision about who may call it.
/// </summary>
public sealed class RoleTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    /// <summary>"METHOD route pattern" → the least role that may call it (anonymous reads are on, the default).</summary>
    private static readonly Dictionary<string, ApiRole> Expected = new()
    {
        ["GET /healthz"] = ApiRole.Anonymous,
        ["GET /readyz"] = ApiRole.Anonymous,
        ["GET /"] = ApiRole.Anonymous,
        ["GET /viewer/event-types.json"] = ApiRole.Anonymous,
        ["GET /viewer/limits.json"] = ApiRole.Anonymous,
        ["GET /viewer/summary.json"] = ApiRole.Anonymous,
        ["GET /viewer/overview/{layer}.json"] = ApiRole.Anonymous,
        ["GET /viewer/incidents/{id:long}.json"] = ApiRole.Anonymous,
        ["GET /viewer/glyphs/{fontstack}/{range}.pbf"] = ApiRole.Anonymous,
        ["GET /openapi/{documentName}.json"] = ApiRole.Anonymous,
        ["GET /docs/{documentName?}"] = ApiRole.Anonymous,
        ["GET /docs/scalar.js"] = ApiRole.Anonymous,
        ["GET /docs/scalar.aspnetcore.js"] = ApiRole.Anonymous,
        ["GET /docs/favicon.svg"] = ApiRole.Anonymous,
        ["GET /api/v1/gazetteer/search"] = ApiRole.Anonymous,
        ["GET /api/v1/border/context"] = ApiRole.Anonymous,
        ["GET /api/v1/border/line"] = ApiRole.Anonymous,
        ["GET /api/v1/border/segments"] = ApiRole.Anonymous,
        ["GET /api/v1/border/crossings"] = ApiRole.Anonymous,
        ["GET /api/v1/basemap"] = ApiRole.Anonymous,
        ["GET /api/v1/analytics/heatmap"] = ApiRole.Anonymous,
        ["GET /api/v1/analytics/hotspots"] = ApiRole.Anonymous,
        ["GET /api/v1/analytics/timeline"] = ApiRole.Anonymous,
        ["GET /api/v1/analytics/segments"] = ApiRole.Anonymous,
        ["GET /maps/heatmap.png"] = ApiRole.Anonymous,
        ["GET /maps/timeline.png"] = ApiRole.Anonymous,
        ["GET /ogc/"] = ApiRole.Anonymous,
        ["GET /ogc/conformance"] = ApiRole.Anonymous,
        ["GET /ogc/api"] = ApiRole.Anonymous,
        ["GET /ogc/collections"] = ApiRole.Anonymous,
        ["GET /ogc/collections/{collectionId}"] = ApiRole.Anonymous,
        ["GET /ogc/collections/{collectionId}/items"] = ApiRole.Anonymous,
        ["GET /ogc/collections/{collectionId}/items/{featureId}"] = ApiRole.Anonymous,
        ["GET /ogc/collections/{collectionId}/queryables"] = ApiRole.Anonymous,
        ["GET /tiles/{layer}/{z}/{x}/{y}.pbf"] = ApiRole.Anonymous,
        ["GET /tiles/{layer}.json"] = ApiRole.Anonymous,
        ["GET /api/v1/exports/incidents.{format}"] = ApiRole.Anonymous,
        ["GET /api/v1/exports/bordermap.qgs"] = ApiRole.Anonymous,
        ["GET /tiles/style.json"] = ApiRole.Anonymous,
        ["GET /api/v1/alerts"] = ApiRole.Reader,
        ["GET /api/v1/alerts/{id:long}"] = ApiRole.Reader,
        ["POST /api/v1/alerts/{id:long}/ack"] = ApiRole.Editor,
        ["POST /api/v1/alerts:check"] = ApiRole.Admin,
        ["GET /api/v1/alert-rules/"] = ApiRole.Admin,
        ["GET /api/v1/alert-rules/{id:long}"] = ApiRole.Admin,
        ["POST /api/v1/alert-rules/"] = ApiRole.Admin,
        ["PUT /api/v1/alert-rules/{id:long}"] = ApiRole.Admin,
        ["DELETE /api/v1/alert-rules/{id:long}"] = ApiRole.Admin,
        ["POST /api/v1/reprocess"] = ApiRole.Admin,
        ["GET /api/v1/jobs/{id:long}"] = ApiRole.Admin,
        ["POST /api/v1/geoparse"] = ApiRole.Editor,
        ["POST /api/v1/reports/"] = ApiRole.Editor,
        ["GET /api/v1/reports/{id:long}"] = ApiRole.Reader,
        ["POST /api/v1/incidents:import"] = ApiRole.Editor,
        ["GET /api/v1/incidents/"] = ApiRole.Anonymous,
        ["GET /api/v1/incidents/{id:long}"] = ApiRole.Reader,
        ["GET /api/v1/incidents/{id:long}/history"] = ApiRole.Reader,
        ["POST /api/v1/incidents/"] = ApiRole.Editor,
        ["PATCH /api/v1/incidents/{id:long}"] = ApiRole.Editor,
        ["DELETE /api/v1/incidents/{id:long}"] = ApiRole.Editor,
    };

    public static IEnumerable<object[]> Roles() =>
        [[ApiRole.Anonymous], [ApiRole.Reader], [ApiRole.Editor], [ApiRole.Admin]];

    [Fact]
    public void Every_mapped_endpoint_has_a_row_in_the_table()
    {
        var mapped = MappedEndpoints().Select(e => e.Key).ToHashSet();
        Assert.Empty(mapped.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(mapped));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_endpoint_lets_in_exactly_the_roles_the_table_names(ApiRole caller)
    {
        using var client = app.ClientFor(caller);
        var wrong = new List<string>();
        foreach (var (key, (method, url)) in MappedEndpoints())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PATCH" or "PUT")
                request.Content = new StringContent("{}", Encoding.UTF8, method == "PATCH" ? "application/merge-patch+json" : "application/json");
            if (method == "PATCH") request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var response = await client.SendAsync(request);

            var status = (int)response.StatusCode;
            var allowed = caller >= Expected[key];
            var expected = allowed ? "neither 401 nor 403" : caller == ApiRole.Anonymous ? "401" : "403";
            var ok = allowed ? status is not (401 or 403) : status == (caller == ApiRole.Anonymous ? 401 : 403);
            if (!ok) wrong.Add($"{key} as {caller}: {status}, expected {expected}");
            if (!allowed) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(ApiRole.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(ApiRole.Reader, HttpStatusCode.Forbidden)]
    [InlineData(ApiRole.Editor, HttpStatusCode.Forbidden)]
    [InlineData(ApiRole.Admin, HttpStatusCode.OK)]
    public async Task The_hangfire_dashboard_is_for_admins_only(ApiRole caller, HttpStatusCode expected)
    {
        using var client = app.ClientFor(caller);
        using var response = await client.GetAsync("/hangfire");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_key_in_x_api_key_works_like_a_bearer_key_and_a_bad_key_is_refused_everywhere()
    {
        using var viaHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents");
        viaHeader.Headers.Add("X-Api-Key", app.KeyFor(ApiRole.Reader));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous.SendAsync(viaHeader)).StatusCode);

        foreach (var bad in new[] { "bm_0123456789_wrongwrongwrongwrongwrong", "not-a-key", app.KeyFor(ApiRole.Reader)[..^1] + "x" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bad}");
            using var response = await app.Anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task Every_response_carries_a_request_id_and_problems_repeat_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents/1/history");
        request.Headers.Add("X-Request-Id", "trace-me-123");
        using var response = await app.Anonymous.SendAsync(request);
        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Equal(id, (await response.ProblemAsync()).GetProperty("requestId").GetString());

        using var mine = await app.Client.GetAsync("/healthz");
        Assert.False(string.IsNullOrEmpty(mine.Headers.GetValues("X-Request-Id").Single()));
    }

    private IEnumerable<KeyValuePair<string, (string Method, string Url)>> MappedEndpoints()
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var url = Concrete(pattern);
            foreach (var method in methods)
                yield return new($"{method} {pattern}", (method, url));
        }
    }

    /// <summary>A URL for a route pattern: parameters filled with plausible values.</summary>
    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:?=]+)[^}]*\}", m => m.Groups[1].Value switch
    {
        "id" => "1",
        "documentName" => "v1",
        "z" or "x" or "y" => "0",
        "collectionId" => "incidents",
        "featureId" => "1",
        "layer" => "incidents",
        "format" => "csv",
        _ => "x",
    });
}
