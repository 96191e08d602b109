using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Import;

/// <summary>
/// ACLED-layout test files (Fixtures/acled-export.csv: three rows written for the tests, not real
/// events), with the event ids made unique per test so tests sharing one database do not meet.
/// </summary>
internal static class AcledFixture
{
    private static int s_prefix;

    public static string Export() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Import", "Fixtures", "acled-export.csv"))
            .Replace("{P}", Interlocked.Increment(ref s_prefix).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The event ids of an export, in file order.</summary>
    public static IReadOnlyList<string> EventIds(string csv) =>
        System.Text.RegularExpressions.Regex.Matches(csv, @"^(TJK|AFG)\d{4}\d\d", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Value).ToList();

    public static async Task<(HttpStatusCode Status, JsonObject Body)> ImportAsync(this BorderMapApp app, string body, string contentType = "text/csv", string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var response = await app.Client.PostAsync("/api/v1/incidents:import" + query, content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
