using System.Net;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Border;

public sealed class BorderApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Fact]
    public async Task Khorugh_is_on_the_tajik_side_within_5_km_on_the_segment_facing_shughnon()
    {
        // Khorugh's GeoNames point (geodata/places.tsv, geonameid 1221328)
        var context = await app.Client.GetJsonAsync("/api/v1/border/context?lon=71.55304&lat=37.48974");
        Assert.Equal("TJ", (string?)context["side"]);
        Assert.InRange(context["distanceM"]!.GetValue<double>(), 0, 5_000);
        Assert.Contains("Shughnon", (string)context["segment"]!["name"]!);
        Assert.Equal("cr-06", (string?)context["nearestCrossing"]!["id"]);
    }

    [Fact]
    public async Task Kunduz_city_is_on_the_afghan_side_40_to_60_km_from_the_line()
    {
        // Kunduz's GeoNames point (geonameid 1135689)
        var context = await app.Client.GetJsonAsync("/api/v1/border/context?lon=68.857&lat=36.72895");
        Assert.Equal("AF", (string?)context["side"]);
        Assert.InRange(context["distanceM"]!.GetValue<double>(), 40_000, 60_000);
    }

    [Fact]
    public async Task A_point_in_uzbekistan_is_on_neither_side()
    {
        var context = await app.Client.GetJsonAsync("/api/v1/border/context?lon=67.2&lat=37.5");
        Assert.Equal("UZ", (string?)context["side"]);
    }

    [Fact]
    public async Task A_new_incident_stores_its_border_context_and_the_gazetteer_version()
    {
        var created = await app.Client.PostIncidentAsync(Api.Incident(71.55304, 37.48974, country: "TJ"));
        var properties = created["properties"]!;
        Assert.Equal("TJ", (string?)properties["border"]!["side"]);
        Assert.StartsWith("seg-", (string)properties["border"]!["segmentId"]!);
        Assert.Equal("cr-06", (string?)properties["border"]!["nearestCrossing"]);
        var version = (string?)(await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=Khorog"))["gazetteerVersion"];
        Assert.Equal(64, version!.Length);
    }

    [Theory]
    [InlineData("/api/v1/border/line", "LineString", 1)]
    [InlineData("/api/v1/border/segments", "LineString", 40)]
    [InlineData("/api/v1/border/crossings", "Point", 5)]
    [InlineData("/api/v1/basemap", "MultiPolygon", 7)]
    public async Task Border_layers_are_geojson_feature_collections(string path, string geometryType, int atLeast)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var features = collection["features"]!.AsArray();
        Assert.True(features.Count(f => (string?)f!["geometry"]!["type"] == geometryType) >= atLeast);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
        using var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    /// <summary>
    /// The basemap's context (geodata/README.md): every places.tsv place inside the polygons' box with
    /// its population, province names, and GSHHG's lakes (Karakul, Sarez among them) and rivers.
    /// </summary>
    [Fact]
    public async Task The_basemap_holds_every_place_of_the_region_with_its_population_provinces_lakes_and_rivers()
    {
        var features = (await app.Client.GetJsonAsync("/api/v1/basemap"))["features"]!.AsArray().Select(f => f!).ToList();
        string Kind(JsonNode f) => (string)f["properties"]!["kind"]!;
        var places = features.Where(f => Kind(f) == "place").ToList();
        var root = BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!;
        var expected = File.ReadLines(Path.Combine(root, "geodata", "places.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Where(c => double.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture) is >= 66 and <= 76
                && double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture) is >= 35 and <= 40)
            .Select(c => long.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Empty(expected.Except(places.Select(p => (long)p["properties"]!["id"]!)));
        Assert.True(expected.Count > 200, $"{expected.Count} places in the box");
        var khorugh = places.Single(p => (long)p["properties"]!["id"]! == 1221328);
        Assert.True((long)khorugh["properties"]!["population"]! > 10_000);
        Assert.Contains(features, f => Kind(f) == "province_seat" && (string?)f["properties"]!["name"] == "Badakhshan");

        // Karakul (73.5 E, 39.0 N) is a lake polygon; rivers are lines of GSHHG's classes
        var lakes = features.Where(f => Kind(f) == "lake").ToList();
        Assert.Contains(lakes, l => l["geometry"]!["coordinates"]![0]!.AsArray().Any(p => (double)p![0]! is > 73.2 and < 73.7 && (double)p[1]! is > 38.8 and < 39.3));
        Assert.All(lakes, l => Assert.Equal("Polygon", (string?)l["geometry"]!["type"]));
        var rivers = features.Where(f => Kind(f) == "river").ToList();
        Assert.True(rivers.Count > 100, $"{rivers.Count} river pieces");
        Assert.All(rivers, r => Assert.InRange((int)r["properties"]!["class"]!, 1, 4));
    }

    /// <summary>
    /// The viewer's overview of a layer (its far zooms): the same features, the lines and outlines
    /// simplified (fewer coordinates, none empty), and no district seats, which the viewer never draws.
    /// </summary>
    [Theory]
    [InlineData("basemap", "/api/v1/basemap")]
    [InlineData("line", "/api/v1/border/line")]
    [InlineData("segments", "/api/v1/border/segments")]
    public async Task The_viewers_overview_of_a_layer_has_its_features_with_fewer_coordinates(string layer, string full)
    {
        using var response = await app.Client.GetAsync($"/viewer/overview/{layer}.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var overview = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["features"]!.AsArray().Select(f => f!).ToList();
        var all = (await app.Client.GetJsonAsync(full))["features"]!.AsArray().Select(f => f!).ToList();

        static int Coordinates(JsonNode? node) => node is JsonArray array
            ? array.Count > 0 && array[0] is JsonValue ? 1 : array.Sum(Coordinates)
            : 0;
        static string Kind(JsonNode f) => (string?)f["properties"]!["kind"] ?? "";
        Assert.All(overview, f => Assert.True(Coordinates(f["geometry"]!["coordinates"]) > 0));
        Assert.True(overview.Sum(f => Coordinates(f["geometry"]!["coordinates"])) < all.Sum(f => Coordinates(f["geometry"]!["coordinates"])) * 0.8);
        Assert.Equal(all.Count(f => Kind(f) is "place" or "province_seat" or "country"), overview.Count(f => Kind(f) is "place" or "province_seat" or "country"));
        Assert.DoesNotContain(overview, f => Kind(f) == "district_seat");
        if (layer == "segments") Assert.Equal(all.Select(f => (string?)f["properties"]!["id"]), overview.Select(f => (string?)f["properties"]!["id"]));

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/viewer/overview/{layer}.json");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
        using var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_layer_without_an_overview_answers_404_problem()
    {
        using var response = await app.Client.GetAsync("/viewer/overview/crossings.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("lon=71.5", "lat")]
    [InlineData("lat=37.4", "lon")]
    [InlineData("lon=181&lat=37", "lon")]
    [InlineData("lon=71&lat=-91", "lat")]
    [InlineData("lon=NaN&lat=37", "lon")]
    [InlineData("lon=Infinity&lat=37", "lon")]
    [InlineData("lon=1e308&lat=37", "lon")]
    [InlineData("lon=abc&lat=37", "lon")]
    [InlineData("lon=71&lat=37&lon=72", "lon")]
    [InlineData("lon=71&lat=37&zoom=3", "zoom")]
    public async Task A_bad_point_answers_400_naming_the_parameter(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/border/context?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
