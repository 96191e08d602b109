using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>
/// CQL2 filters (OGC API – Features Part 3) over the GIS fixture: each filter selects exactly the
/// rows PostgreSQL counts for the same predicate written by hand in SQL.
/// </summary>
public sealed class OgcFilterTests(GisApp gis) : IClassFixture<GisApp>
{
    [Theory]
    [InlineData("event_type = 'battles'", "event_type = 'battles'")]
    [InlineData("fatalities > 3 AND country = 'TJ'", "fatalities > 3 AND country = 'TJ'")]
    [InlineData("fatalities <> 3", "fatalities <> 3")]
    [InlineData("fatalities IS NULL", "fatalities IS NULL")]
    [InlineData("NOT (fatalities IS NULL) AND geo_precision <= 2", "fatalities IS NOT NULL AND geo_precision <= 2")]
    [InlineData("fatalities BETWEEN 2 AND 4 OR event_type = 'riots'", "fatalities BETWEEN 2 AND 4 OR event_type = 'riots'")]
    [InlineData("fatalities NOT BETWEEN 2 AND 4", "NOT (fatalities BETWEEN 2 AND 4)")]
    [InlineData("event_type IN ('riots', 'protests') AND NOT country = 'AF'", "event_type IN ('riots', 'protests') AND country <> 'AF'")]
    [InlineData("event_type NOT IN ('riots', 'protests')", "event_type NOT IN ('riots', 'protests')")]
    [InlineData("place_name LIKE 'Place 1%'", "place_name LIKE 'Place 1%'")]
    [InlineData("place_name LIKE 'Place 1_ – Хорог'", "place_name LIKE 'Place 1_ – Хорог'")]
    [InlineData("date >= DATE('2021-01-01') AND date < DATE('2021-02-01')", "occurred_on >= '2021-01-01' AND occurred_on < '2021-02-01'")]
    [InlineData("date = '2020-02-29'", "occurred_on = '2020-02-29'")]
    [InlineData("T_INTERSECTS(date, INTERVAL('2020-03-01', '2020-03-31'))", "occurred_on BETWEEN '2020-03-01' AND '2020-03-31'")]
    [InlineData("T_DURING(date, INTERVAL('2025-01-01', '..'))", "occurred_on > '2025-01-01'")]
    [InlineData("T_BEFORE(date, DATE('2020-01-10'))", "occurred_on < '2020-01-10'")]
    [InlineData("T_INTERSECTS(date, TIMESTAMP('2020-05-05T23:00:00Z'))", "occurred_on = '2020-05-05'")]
    [InlineData("S_INTERSECTS(geometry, BBOX(70.1, 37.1, 70.3, 37.3))", "ST_Intersects(geom, ST_MakeEnvelope(70.1, 37.1, 70.3, 37.3, 4326))")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((70 37, 70.5 37, 70.5 37.5, 70 37)))", "ST_Intersects(geom, 'SRID=4326;POLYGON((70 37, 70.5 37, 70.5 37.5, 70 37))'::geometry)")]
    [InlineData("s_intersects(BBOX(70,37,70.2,37.2), geometry) and event_type='battles'", "ST_Intersects(geom, ST_MakeEnvelope(70, 37, 70.2, 37.2, 4326)) AND event_type = 'battles'")]
    [InlineData("synthetic = false AND id < 100", "NOT synthetic AND id < 100")]
    [InlineData("time_precision = 'day' AND updated_at > TIMESTAMP('2000-01-01T00:00:00Z')", "time_precision = 1")]
    [InlineData("((event_type = 'battles' OR event_type = 'riots') AND (country = 'TJ'))", "event_type IN ('battles', 'riots') AND country = 'TJ'")]
    public async Task A_cql2_text_filter_selects_what_postgresql_counts_for_the_same_predicate(string filter, string sql)
    {
        var expected = await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE status = 'active' AND ({sql})");
        Assert.Equal(expected, await MatchedAsync(filter, "cql2-text"));
    }

    [Theory]
    [InlineData("""{"op":"=","args":[{"property":"event_type"},"battles"]}""", "event_type = 'battles'")]
    [InlineData("""{"op":"and","args":[{"op":">","args":[{"property":"fatalities"},3]},{"op":"=","args":[{"property":"country"},"TJ"]}]}""", "fatalities > 3 AND country = 'TJ'")]
    [InlineData("""{"op":"not","args":[{"op":"isNull","args":[{"property":"fatalities"}]}]}""", "fatalities IS NOT NULL")]
    [InlineData("""{"op":"in","args":[{"property":"event_type"},["riots","protests"]]}""", "event_type IN ('riots', 'protests')")]
    [InlineData("""{"op":"between","args":[{"property":"fatalities"},2,4]}""", "fatalities BETWEEN 2 AND 4")]
    [InlineData("""{"op":"like","args":[{"property":"place_name"},"Place 2%"]}""", "place_name LIKE 'Place 2%'")]
    [InlineData("""{"op":"t_intersects","args":[{"property":"date"},{"interval":["2020-03-01","2020-03-31"]}]}""", "occurred_on BETWEEN '2020-03-01' AND '2020-03-31'")]
    [InlineData("""{"op":"<","args":[{"property":"date"},{"date":"2020-02-01"}]}""", "occurred_on < '2020-02-01'")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[70,37],[70.5,37],[70.5,37.5],[70,37]]]}]}""", "ST_Intersects(geom, 'SRID=4326;POLYGON((70 37, 70.5 37, 70.5 37.5, 70 37))'::geometry)")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":[70.1,37.1,70.3,37.3]}]}""", "ST_Intersects(geom, ST_MakeEnvelope(70.1, 37.1, 70.3, 37.3, 4326))")]
    public async Task A_cql2_json_filter_selects_what_postgresql_counts_for_the_same_predicate(string filter, string sql)
    {
        var expected = await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE status = 'active' AND ({sql})");
        Assert.Equal(expected, await MatchedAsync(filter, "cql2-json"));
    }

    [Fact]
    public async Task Paging_a_filtered_layer_returns_every_match_once()
    {
        // an OR at the top, so the predicate must stay apart from the page query's own conditions
        const string filter = "event_type = 'battles' OR fatalities >= 5";
        var expected = await gis.ScalarAsync("SELECT count(*) FROM incidents WHERE event_type = 'battles' OR fatalities >= 5");
        var ids = new List<long>();
        string? url = $"/ogc/collections/incidents/items?limit=100&filter={Uri.EscapeDataString(filter)}";
        while (url is not null)
        {
            var page = await gis.Client.GetJsonAsync(url);
            ids.AddRange(page["features"]!.AsArray().Select(f => (long)f!["id"]!));
            url = page.NextLink();
        }
        Assert.Equal(expected, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_queryable_is_also_a_query_parameter()
    {
        var expected = await gis.ScalarAsync("SELECT count(*) FROM incidents WHERE fatalities = 3 AND synthetic = false");
        var page = await gis.Client.GetJsonAsync("/ogc/collections/incidents/items?fatalities=3&synthetic=false&limit=1");
        Assert.Equal(expected, (long)page["numberMatched"]!);
    }

    [Fact]
    public async Task Places_filter_on_their_own_queryables()
    {
        var expected = await gis.ScalarAsync("SELECT count(*) FROM places WHERE population > 1000");
        var page = await gis.Client.GetJsonAsync($"/ogc/collections/places/items?filter={Uri.EscapeDataString("population > 1000")}");
        Assert.Equal(expected, (long)page["numberMatched"]!);
    }

    [Fact]
    public async Task Queryables_are_a_json_schema_with_types_formats_and_the_event_types()
    {
        using var response = await gis.Client.GetAsync("/ogc/collections/incidents/queryables");
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var properties = schema["properties"]!;
        Assert.Equal("object", (string)schema["type"]!);
        Assert.Equal("date", (string)properties["date"]!["format"]!);
        Assert.Equal("integer", (string)properties["fatalities"]!["type"]!);
        Assert.Equal("boolean", (string)properties["synthetic"]!["type"]!);
        Assert.Equal("date-time", (string)properties["updated_at"]!["format"]!);
        Assert.Equal("geometry-point", (string)properties["geometry"]!["format"]!);
        Assert.Equal(6, properties["event_type"]!["enum"]!.AsArray().Count);
        var links = (await gis.Client.GetJsonAsync("/ogc/collections/incidents"))["links"]!.AsArray();
        Assert.Contains(links, l => (string)l!["rel"]! == "http://www.opengis.net/def/rel/ogc/1.0/queryables");
    }

    private async Task<long> MatchedAsync(string filter, string language)
    {
        var page = await gis.Client.GetJsonAsync($"/ogc/collections/incidents/items?limit=1&filter-lang={language}&filter={Uri.EscapeDataString(filter)}");
        return (long)page["numberMatched"]!;
    }
}
