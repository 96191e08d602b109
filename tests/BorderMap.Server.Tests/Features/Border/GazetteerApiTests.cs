using System.Net;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Border;

public sealed class GazetteerApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Fact]
    public async Task A_search_ranks_candidates_and_says_why_each_matched()
    {
        var result = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=%D0%A5%D0%BE%D1%80%D0%BE%D0%B3&limit=3"); // Хорог
        var first = result["candidates"]![0]!;
        Assert.Equal("place:1221328", (string?)first["id"]);
        Assert.Equal("Khorugh", (string?)first["name"]);
        Assert.Equal("TJ", (string?)first["country"]);
        Assert.Contains((string?)first["match"], new[] { "alternate", "transliterated", "exact" });
        Assert.InRange(first["borderDistanceM"]!.GetValue<double>(), 0, 5_000);
        Assert.Equal("Point", (string?)first["geometry"]!["type"]);
    }

    [Fact]
    public async Task A_soviet_era_name_finds_the_renamed_town()
    {
        var result = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=Kurgan-Tyube");
        Assert.Equal("Bokhtar", (string?)result["candidates"]![0]!["name"]);
    }

    [Fact]
    public async Task Country_and_near_filter_and_rank()
    {
        var af = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=Farkhar&country=AF");
        Assert.All(af["candidates"]!.AsArray(), c => Assert.Equal("AF", (string?)c!["country"]));
        var near = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=Khorog&near=71.55,37.49");
        Assert.True(near["candidates"]![0]!["distanceM"]!.GetValue<double>() < 1_000);
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=Khorog&limit=0", "limit")]
    [InlineData("q=Khorog&limit=51", "limit")]
    [InlineData("q=Khorog&country=RU", "country")]
    [InlineData("q=Khorog&near=200,1", "near")]
    [InlineData("q=Khorog&near=abc", "near")]
    [InlineData("q=Khorog&fuzzy=yes", "fuzzy")]
    [InlineData("q=%27%3B%20DROP%20TABLE%20places%3B--&country=TJ%27", "country")]
    public async Task Bad_searches_answer_400_naming_the_parameter(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/gazetteer/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_query_over_200_characters_is_refused()
    {
        using var response = await app.Client.GetAsync($"/api/v1/gazetteer/search?q={new string('k', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Sql_in_the_query_is_only_a_name_that_matches_nothing()
    {
        var result = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=%27%3B%20DROP%20TABLE%20places%3B--");
        Assert.Empty(result["candidates"]!.AsArray());
        var again = await app.Client.GetJsonAsync("/api/v1/gazetteer/search?q=Khorog");
        Assert.NotEmpty(again["candidates"]!.AsArray());
    }
}
