using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;
using NpgsqlTypes;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>Requests that say where they were read (<c>BorderMap-Read-From</c>) and what they wrote (<c>BorderMap-Lsn</c>).</summary>
public static class ReplicaReads
{
    public sealed record Read(string? From, JsonObject Body);

    public static async Task<Read> ReadAsync(this HttpClient client, string url, NpgsqlLogSequenceNumber? atLeast = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (atLeast is { } position) request.Headers.Add("BorderMap-Min-Lsn", position.ToString());
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {text}");
        return new Read(response.Headers.TryGetValues("BorderMap-Read-From", out var from) ? from.Single() : null, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>POSTs an incident; its id and the primary's WAL position the answer gave.</summary>
    public static async Task<(long Id, NpgsqlLogSequenceNumber Position)> WriteIncidentAsync(this HttpClient client, TestRegion region, double fx = 0.5)
    {
        var (lon, lat) = region.At(fx, 0.5);
        using var response = await client.PostAsync("/api/v1/incidents", System.Net.Http.Json.JsonContent.Create(Api.Incident(lon, lat)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST answered {(int)response.StatusCode}: {text}");
        Assert.True(response.Headers.TryGetValues("BorderMap-Lsn", out var lsn), "a write answers the WAL position it committed at");
        return (JsonNode.Parse(text)!["id"]!.GetValue<long>(), NpgsqlLogSequenceNumber.Parse(lsn.Single()));
    }

    public static string ListUrl(TestRegion region) => $"/api/v1/incidents?bbox={region.Bbox}";
}
