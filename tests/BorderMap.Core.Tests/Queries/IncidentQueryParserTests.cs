using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Tests.Queries;

public sealed class IncidentQueryParserTests
{
    private static IncidentQuery Parse(string query) => IncidentQueryParser.Parse(
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "")
            .Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key, g.ToList())));

    private static IDictionary<string, string[]> Errors(string query) =>
        Assert.Throws<InputValidationException>(() => Parse(query)).Errors.ToDictionary();

    [Fact]
    public void An_empty_query_lists_active_incidents_100_at_a_time()
    {
        var query = Parse("");
        Assert.Null(query.Bbox);
        Assert.False(query.IncludeRetracted);
        Assert.Equal(100, query.Limit);
    }

    [Fact]
    public void Every_filter_is_parsed_into_its_typed_value()
    {
        var query = Parse("bbox=68.5,36.9,69.5,37.6&from=2022-05-01&to=2022-05-31&types=Battles,riots&country=tj&minPrecision=2&near=68.8,37.1&radiusKm=25&limit=50&includeRetracted=true");
        Assert.Equal(new BoundingBox(68.5, 36.9, 69.5, 37.6), query.Bbox);
        Assert.Equal(new DateOnly(2022, 5, 1), query.From);
        Assert.Equal(new DateOnly(2022, 5, 31), query.To);
        Assert.Equal(["battles", "riots"], query.Types);
        Assert.Equal("TJ", query.Country);
        Assert.Equal(GeoPrecision.District, query.MinPrecision);
        Assert.Equal(new GeoPoint(68.8, 37.1), query.Near!.Center);
        Assert.Equal(25_000, query.Near.RadiusM);
        Assert.Equal(50, query.Limit);
        Assert.True(query.IncludeRetracted);
    }

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=2,0,1,1", "bbox")]
    [InlineData("bbox=0,2,1,1", "bbox")]
    [InlineData("bbox=0,0,1,NaN", "bbox")]
    [InlineData("bbox=0,0,200,1", "bbox")]
    [InlineData("from=2022-02-30", "from")]
    [InlineData("from=2022-05-02&to=2022-05-01", "from")]
    [InlineData("types=battles,picnic", "types")]
    [InlineData("country=RU", "country")]
    [InlineData("minPrecision=4", "minPrecision")]
    [InlineData("near=1,2", "radiusKm")]
    [InlineData("near=1,2&radiusKm=0", "radiusKm")]
    [InlineData("near=1,2&radiusKm=501", "radiusKm")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=+5", "limit")]
    [InlineData("colour=red", "colour")]
    [InlineData("limit=1&limit=2", "limit")]
    public void A_bad_parameter_is_named_in_the_errors(string query, string field) =>
        Assert.True(Errors(query).ContainsKey(field), $"{query} should name {field}");

    [Fact]
    public void Several_bad_parameters_are_all_reported_at_once()
    {
        var errors = Errors("bbox=x&from=y&limit=z");
        Assert.Equal(["bbox", "from", "limit"], errors.Keys.Order());
    }

    [Fact]
    public void A_cursor_round_trips_for_the_same_filters_only()
    {
        var query = Parse("types=battles");
        var token = new IncidentCursor(new DateOnly(2021, 3, 4), 42).Encode(query.FilterFingerprint());

        var again = Parse($"types=battles&cursor={token}");
        Assert.Equal(new IncidentCursor(new DateOnly(2021, 3, 4), 42), again.After);
        Assert.True(Errors($"types=riots&cursor={token}").ContainsKey("cursor"));
        Assert.True(Errors($"types=battles&cursor={token[..^2]}xx").ContainsKey("cursor"));
    }

    [Fact]
    public void The_filter_fingerprint_ignores_limit_and_the_order_of_types()
    {
        Assert.Equal(Parse("types=riots,battles&limit=5").FilterFingerprint(), Parse("types=battles,riots&limit=50").FilterFingerprint());
        Assert.NotEqual(Parse("types=battles").FilterFingerprint(), Parse("types=battles&country=AF").FilterFingerprint());
    }

    [Theory]
    [InlineData(69.0, 37.0, 25_000)]
    [InlineData(71.5, 38.9, 200_000)]
    [InlineData(0.0, 85.0, 50_000)]
    public void The_near_envelope_holds_every_point_of_the_circle(double lon, double lat, double radiusM)
    {
        var near = new NearFilter(new GeoPoint(lon, lat), radiusM);
        var box = near.Envelope();
        // walk the circle with a spherical destination formula (sphere of the mean radius is within 0.5 % of the ellipsoid)
        const double earth = 6_371_008.8;
        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            var b = bearing * Math.PI / 180;
            var d = radiusM / earth;
            var lat1 = lat * Math.PI / 180;
            var lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(d) + Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b));
            var lon2 = lon + 180 / Math.PI * Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - Math.Sin(lat1) * Math.Sin(lat2));
            Assert.InRange(lat2 * 180 / Math.PI, box.MinLat, box.MaxLat);
            Assert.InRange(lon2, box.MinLon, box.MaxLon);
        }
    }
}
