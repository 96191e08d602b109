using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Geoparse;

/// <summary>A structured POST /api/v1/incidents that names a place but sends no coordinates is geocoded like a toponym in text.</summary>
public sealed class IncidentGeocodingTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private static JsonObject Incident(string placeName, string? country = null) => new()
    {
        ["date"] = "2023-03-12",
        ["eventType"] = "battles",
        ["placeName"] = placeName,
        ["country"] = country,
        ["source"] = "test fixture",
    };

    [Fact]
    public async Task A_village_in_any_spelling_is_placed_at_the_village_with_precision_1()
    {
        var feature = await app.Client.PostIncidentAsync(Incident("Kalai-Khumb"));
        var coordinates = feature["geometry"]!["coordinates"]!.AsArray();
        Assert.Equal(70.789, (double)coordinates[0]!, 2);
        Assert.Equal(38.454, (double)coordinates[1]!, 2);
        Assert.Equal(1, (int?)feature["properties"]!["geoPrecision"]);
        Assert.Equal("TJ", (string?)feature["properties"]!["country"]);
    }

    [Fact]
    public async Task A_district_gets_precision_2_and_a_province_lies_on_the_border_facing_it()
    {
        var district = await app.Client.PostIncidentAsync(Incident("Farkhor district"));
        Assert.Equal(2, (int?)district["properties"]!["geoPrecision"]);

        var province = await app.Client.PostIncidentAsync(Incident("Takhar province", "AF"));
        Assert.Equal(3, (int?)province["properties"]!["geoPrecision"]);
        Assert.Equal("AF", (string?)province["properties"]!["border"]!["side"]);
        Assert.True((double)province["properties"]!["border"]!["distanceM"]! < 5_000);
    }

    [Fact]
    public async Task A_patch_that_clears_the_geometry_and_names_a_place_moves_the_incident_there()
    {
        var feature = await app.Client.PostIncidentAsync(Incident("Farkhor"));
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/incidents/{feature.Id()}")
        {
            Content = JsonContent.Create(new JsonObject { ["geometry"] = null, ["placeName"] = "Khorog" }),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await app.Client.SendAsync(patch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var moved = JsonNode.Parse(text)!;
        Assert.Equal(71.553, (double)moved["geometry"]!["coordinates"]![0]!, 2);
    }

    [Fact]
    public async Task A_name_the_gazetteer_does_not_know_is_a_422_that_names_placeName()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/v1/incidents", Incident("Atlantis"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("placeName", out _));
    }
}
