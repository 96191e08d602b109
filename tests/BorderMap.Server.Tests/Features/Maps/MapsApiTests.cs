using BorderMap.Core.Analytics;
using BorderMap.Rendering.Scenes;
using BorderMap.Server.Tests.Features.Analytics;
using BorderMap.Server.Tests.Support;
using SkiaSharp;

namespace BorderMap.Server.Tests.Features.Maps;

public sealed class MapsApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string Query = "bbox=68.0,36.9,70.0,38.1&from=2012-01-01&to=2012-12-31&width=640&height=400";

    private async Task SeedAsync()
    {
        if (await app.CountRowsAsync("incidents") == 0)
            await AnalyticsFixtures.InsertAsync(app.ConnectionString, AnalyticsFixtures.Scatter(200, seed: 5, lon: 69.0, lat: 37.4, spreadDegrees: 0.3, 2012));
    }

    [Fact]
    public async Task The_heatmap_map_is_a_PNG_of_the_asked_size_and_the_same_bytes_every_time()
    {
        await SeedAsync();
        var first = await app.Client.GetByteArrayAsync($"/maps/heatmap.png?{Query}");
        var second = await app.Client.GetByteArrayAsync($"/maps/heatmap.png?{Query}");

        Assert.Equal(first, second);
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal((640, 400), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task The_heatmap_map_draws_the_country_layer_from_the_geodata_tables()
    {
        await SeedAsync();
        // (300, 150) lies in Tajikistan, north of the river and away from the widgets.
        using (var withCountries = SKBitmap.Decode(await app.Client.GetByteArrayAsync($"/maps/heatmap.png?{Query}&types=riots")))
            Assert.Equal(new SKColor(0xE6, 0xE1, 0xD3), withCountries.GetPixel(300, 150));

        // The same map without the country rows: the land colour came from the table, not from the renderer.
        await AnalyticsFixtures.ExecuteAsync(app.ConnectionString, "DELETE FROM countries");
        using var without = SKBitmap.Decode(await app.Client.GetByteArrayAsync($"/maps/heatmap.png?{Query}&types=riots"));
        Assert.NotEqual(new SKColor(0xE6, 0xE1, 0xD3), without.GetPixel(300, 150));
    }

    [Fact]
    public async Task The_timeline_chart_is_a_PNG_of_the_asked_size_and_deterministic()
    {
        await SeedAsync();
        var first = await app.Client.GetByteArrayAsync("/maps/timeline.png?from=2012-01-01&to=2012-12-31&interval=month&width=800&height=300");
        var second = await app.Client.GetByteArrayAsync("/maps/timeline.png?from=2012-01-01&to=2012-12-31&interval=month&width=800&height=300");

        Assert.Equal(first, second);
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal((800, 300), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("/maps/heatmap.png?width=4097", "width")]
    [InlineData("/maps/heatmap.png?height=5000", "height")]
    [InlineData("/maps/heatmap.png?types=picnic", "types")]
    [InlineData("/maps/timeline.png?interval=year", "interval")]
    public async Task A_bad_map_request_answers_400_problem_json_naming_the_field(string url, string field)
    {
        using var response = await app.Client.GetAsync(url);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public void A_map_of_synthetic_incidents_says_so_in_its_title()
    {
        var synthetic = new IncidentSummary(10, new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), AnySynthetic: true);

        Assert.EndsWith("SYNTHETIC DATA", HeatmapMapScene.Title("Incident density", synthetic));
        Assert.Equal("Incident density", HeatmapMapScene.Title("Incident density", synthetic with { AnySynthetic = false }));
    }
}
