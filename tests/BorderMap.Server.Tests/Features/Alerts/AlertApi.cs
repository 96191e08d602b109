using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Alerts;

/// <summary>Request bodies and calls shared by the alert tests.</summary>
public static class AlertApi
{
    public const string Secret = "a-webhook-secret-for-tests";

    public static JsonObject Square(TestRegion region) => new()
    {
        ["type"] = "Polygon",
        ["coordinates"] = new JsonArray(new JsonArray(
            new JsonArray(region.MinLon, region.MinLat), new JsonArray(region.MinLon + 1, region.MinLat),
            new JsonArray(region.MinLon + 1, region.MinLat + 1), new JsonArray(region.MinLon, region.MinLat + 1),
            new JsonArray(region.MinLon, region.MinLat))),
    };

    public static JsonObject Rule(TestRegion region, int minCount = 2, int windowHours = 24, string? webhookUrl = null) => new()
    {
        ["name"] = $"clashes in {region.Bbox}",
        ["area"] = new JsonObject { ["geometry"] = Square(region) },
        ["eventTypes"] = new JsonArray("battles"),
        ["minCount"] = minCount,
        ["windowHours"] = windowHours,
        ["severity"] = "high",
        ["webhookUrl"] = webhookUrl,
        ["webhookSecret"] = webhookUrl is null ? null : Secret,
    };

    public static async Task<long> PostRuleAsync(this HttpClient client, JsonObject rule)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/alert-rules", rule);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST alert-rules answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<long>();
    }

    public static async Task<long> PostIncidentAtAsync(this HttpClient client, TestRegion region, string date, double fx = 0.5, double fy = 0.5)
    {
        var (lon, lat) = region.At(fx, fy);
        return (await client.PostIncidentAsync(Api.Incident(lon, lat, date))).Id();
    }

    /// <summary>Runs a check now; the alerts it created, for the given rule only (other tests' rules share the database).</summary>
    public static async Task<List<JsonObject>> CheckAsync(this HttpClient client, long ruleId)
    {
        using var response = await client.PostAsync("/api/v1/alerts:check", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST alerts:check answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["created"]!.AsArray().Select(a => a!.AsObject()).Where(a => a["ruleId"]!.GetValue<long>() == ruleId).ToList();
    }

    public static string WindowStart(this JsonObject alert) => alert["window"]!["start"]!.GetValue<string>();

    public static IReadOnlyList<long> IncidentIds(this JsonObject alert) =>
        alert["incidentIds"]!.AsArray().Select(i => i!.GetValue<long>()).ToList();
}
