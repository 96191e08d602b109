using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>Every mistake a client can make with /ogc is a 4xx problem+json that names the parameter.</summary>
public sealed class OgcBadInputTests(GisApp gis) : IClassFixture<GisApp>
{
    [Theory]
    [InlineData("/ogc/collections/incidents/items?bbox=70,37,71", 400, "bbox")]
    [InlineData("/ogc/collections/incidents/items?bbox=70,37,71,nan", 400, "bbox")]
    [InlineData("/ogc/collections/incidents/items?bbox=71,37,70,38", 400, "bbox")]
    [InlineData("/ogc/collections/incidents/items?bbox=70,37,71,95", 400, "bbox")]
    [InlineData("/ogc/collections/incidents/items?datetime=garbage", 400, "datetime")]
    [InlineData("/ogc/collections/incidents/items?datetime=2020-01-05T10:00:00", 400, "datetime")]
    [InlineData("/ogc/collections/incidents/items?datetime=2020-02-01/2020-01-01", 400, "datetime")]
    [InlineData("/ogc/collections/incidents/items?datetime=2020-01-01/2020-02-01/2020-03-01", 400, "datetime")]
    [InlineData("/ogc/collections/incidents/items?limit=0", 400, "limit")]
    [InlineData("/ogc/collections/incidents/items?limit=10001", 400, "limit")]
    [InlineData("/ogc/collections/incidents/items?limit=-5", 400, "limit")]
    [InlineData("/ogc/collections/incidents/items?crs=http://www.opengis.net/def/crs/EPSG/0/32642", 400, "crs")]
    [InlineData("/ogc/collections/incidents/items?bbox=70,37,71,38&bbox-crs=EPSG:9999", 400, "bbox-crs")]
    [InlineData("/ogc/collections/incidents/items?event_type=picnic", 400, "event_type")]
    [InlineData("/ogc/collections/incidents/items?country=XX", 400, "country")]
    [InlineData("/ogc/collections/incidents/items?geo_precision=4", 400, "geo_precision")]
    [InlineData("/ogc/collections/incidents/items?colour=red", 400, "colour")]
    [InlineData("/ogc/collections/incidents/items?cursor=bm90LWEtY3Vyc29y", 400, "cursor")]
    [InlineData("/ogc/collections/border_segments/items?event_type=battles", 400, "event_type")]
    [InlineData("/ogc/collections/incidents/items/1?crs=http://www.opengis.net/def/crs/EPSG/0/2154", 400, "crs")]
    [InlineData("/ogc/collections/rivers/items", 404, null)]
    [InlineData("/ogc/collections/rivers", 404, null)]
    [InlineData("/ogc/collections/incidents/items/999999999", 404, null)]
    [InlineData("/ogc/collections/incidents/items/not-a-number", 404, null)]
    public async Task A_bad_request_is_answered_with_a_problem_naming_what_is_wrong(string url, int status, string? parameter)
    {
        using var response = await gis.Client.GetAsync(url);
        Assert.True(status == (int)response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var problem = await response.ProblemAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (parameter is not null)
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors do not name '{parameter}': {problem}");
    }

    [Fact]
    public async Task A_cursor_from_other_filters_is_refused()
    {
        var page = await gis.Client.GetJsonAsync("/ogc/collections/incidents/items?limit=10&event_type=battles");
        var cursor = new Uri(page.NextLink()!).Query.Split('&').Single(p => p.StartsWith("cursor=", StringComparison.Ordinal));
        using var response = await gis.Client.GetAsync($"/ogc/collections/incidents/items?limit=10&event_type=riots&{cursor}");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("cursor", out _));
    }
}
