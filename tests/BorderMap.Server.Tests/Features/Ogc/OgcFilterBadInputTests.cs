using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>A filter that cannot be evaluated is a 400 problem+json whose <c>errors.filter</c> says where and what.</summary>
public sealed class OgcFilterBadInputTests(GisApp gis) : IClassFixture<GisApp>
{
    [Theory]
    [InlineData("event_type = ", 14, "expected a value")]
    [InlineData("event_type = 'battles", 14, "not closed")]
    [InlineData("event_type == 'battles'", 13, "expected a value")]
    [InlineData("colour = 'red'", 1, "not a queryable")]
    [InlineData("fatalities > 'many'", 14, "whole number")]
    [InlineData("fatalities > 2.5", 14, "whole number")]
    [InlineData("event_type = 'picnic'", 14, "not a value of event_type")]
    [InlineData("(event_type = 'battles'", 24, "expected ')'")]
    [InlineData("event_type = 'battles')", 23, "expected AND, OR or the end")]
    [InlineData("event_type = 'battles' AND", 27, "expected a property name")]
    [InlineData("AND event_type = 'battles'", 1, "not a queryable")]
    [InlineData("fatalities BETWEEN 2", 21, "expected AND")]
    [InlineData("fatalities BETWEEN 2 OR 4", 22, "expected AND")]
    [InlineData("event_type IN ('riots' 'protests')", 24, "expected ')'")]
    [InlineData("event_type IN 'riots'", 15, "expected '('")]
    [InlineData("place_name LIKE 5", 17, "pattern")]
    [InlineData("fatalities LIKE '5%'", 17, "LIKE needs a text property")]
    [InlineData("fatalities IS 3", 15, "expected NULL")]
    [InlineData("date > DATE('2020-13-01')", 13, "not a day")]
    [InlineData("date > 5", 8, "is a day")]
    [InlineData("updated_at > TIMESTAMP('2020-01-01T00:00:00')", 24, "offset")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((70 37, 71 37, 71 38)))", 24, "WKT")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((70 37, 71 38, 71 37, 70 38, 70 37)))", 24, "not valid")]
    [InlineData("S_INTERSECTS(geometry, BBOX(71, 37, 70, 38))", 24, "lower corner")]
    [InlineData("S_INTERSECTS(geometry, BBOX(70, 37, 71))", 24, "four numbers")]
    [InlineData("S_INTERSECTS(event_type, BBOX(70, 37, 71, 38))", 14, "needs the geometry")]
    [InlineData("S_INTERSECTS(geometry, POINT(200 37))", 24, "longitude, latitude")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((70 37, 71 37, 71 38, 70 37))", 61, "to close S_INTERSECTS")]
    [InlineData("T_INTERSECTS(date, INTERVAL('2020-03-31', '2020-03-01'))", 29, "start is after its end")]
    [InlineData("T_INTERSECTS(fatalities, DATE('2020-01-01'))", 14, "need a date property")]
    [InlineData("T_DURING(date, '2020-01-01')", 16, "INTERVAL")]
    [InlineData("event_type = 'battles' # comment", 24, "'#' is not part of CQL2")]
    [InlineData("geometry = 5", 10, "S_INTERSECTS")]
    [InlineData("\"event_type = 'x'", 1, "quoted property name")]
    [InlineData("fatalities > 1e999", 14, "not a number")]
    [InlineData("", 1, "empty")]
    [InlineData("'; DROP TABLE incidents; --", 1, "not closed")]
    [InlineData("id = 1; DROP TABLE incidents", 7, "';' is not part of CQL2")]
    public async Task A_malformed_cql2_text_filter_is_refused_naming_the_character(string filter, int position, string reason)
    {
        var message = await FilterErrorAsync($"filter={Uri.EscapeDataString(filter)}");
        Assert.StartsWith($"at character {position}: ", message);
        Assert.Contains(reason, message);
    }

    [Fact]
    public async Task A_filter_nested_too_deep_is_refused_where_it_goes_too_deep()
    {
        var filter = new string('(', 40) + "id = 1" + new string(')', 40);
        Assert.StartsWith("at character 33: ", await FilterErrorAsync($"filter={Uri.EscapeDataString(filter)}"));
    }

    [Theory]
    [InlineData("""{"op":"=","args":[{"property":"event_type"},"battles"]""", "at character 55: ", "not valid JSON")]
    [InlineData("""{"op":"=","args":[{"property":"colour"},"red"]}""", "at $.args[0]: ", "not a queryable")]
    [InlineData("""{"op":"near","args":[]}""", "at $.op: ", "not an operation")]
    [InlineData("""{"op":"=","args":[{"property":"fatalities"}]}""", "at $.args: ", "takes 2 arguments")]
    [InlineData("""{"op":"and","args":[{"op":"=","args":[{"property":"fatalities"},"x"]},true]}""", "at $.args[0].args[1]: ", "whole number")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[70,37],[71,38],[71,37],[70,38],[70,37]]]}]}""", "at $.args[1]: ", "not valid")]
    [InlineData("""{"op":"t_during","args":[{"property":"date"},{"interval":["2020-01-01"]}]}""", "at $.args[1]: ", "[start, end]")]
    [InlineData("""["==",["get","event_type"],"battles"]""", "at $: ", "expected an operation")]
    public async Task A_malformed_cql2_json_filter_is_refused_naming_where(string filter, string where, string reason)
    {
        var message = await FilterErrorAsync($"filter-lang=cql2-json&filter={Uri.EscapeDataString(filter)}");
        Assert.StartsWith(where, message);
        Assert.Contains(reason, message);
    }

    [Theory]
    [InlineData("filter=id%20%3D%201&filter-lang=cql3", "filter-lang")]
    [InlineData("filter=id%20%3D%201&filter-crs=http://www.opengis.net/def/crs/EPSG/0/3857", "filter-crs")]
    [InlineData("filter-lang=cql2-text", "filter-lang")]
    [InlineData("fatalities=many", "fatalities")]
    [InlineData("synthetic=yes", "synthetic")]
    public async Task Filter_parameters_are_checked(string query, string parameter)
    {
        using var response = await gis.Client.GetAsync($"/ogc/collections/incidents/items?{query}");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    private async Task<string> FilterErrorAsync(string query)
    {
        using var response = await gis.Client.GetAsync($"/ogc/collections/incidents/items?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(400 == (int)response.StatusCode, $"{query}: {(int)response.StatusCode} {body}");
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("filter", out var filter), $"errors do not name the filter: {body}");
        return filter[0].GetString()!;
    }
}
