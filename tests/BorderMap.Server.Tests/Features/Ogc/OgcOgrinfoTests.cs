using System.Text.RegularExpressions;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>GDAL's OAPIF driver, the client QGIS uses, reads the OGC API like any other server's.</summary>
public sealed class OgcOgrinfoTests(GisApp gis) : IClassFixture<GisApp>
{
    private string Source => $"OAPIF:{gis.BaseUrl}/ogc";

    [Fact]
    public async Task Ogrinfo_lists_all_four_collections()
    {
        var output = await Ogrinfo.RunAsync(["-ro", "-q", Source]);
        foreach (var collection in new[] { "incidents", "border_segments", "crossings", "places" })
            Assert.Contains(collection, output);
    }

    [Fact]
    public async Task Ogrinfo_sees_incident_points_in_wgs84_with_typed_fields()
    {
        var layer = await Ogrinfo.LayerAsync(Source, "incidents");
        Assert.Equal(GisApp.Incidents, layer.FeatureCount);
        Assert.Equal("Point", layer.GeometryType);
        Assert.Contains("WGS 84", layer.Srs);
        Assert.Equal("Date", layer.FieldTypes["date"]);
        Assert.Equal("Integer", layer.FieldTypes["fatalities"]);
        Assert.Equal("Integer", layer.FieldTypes["geo_precision"]);
        Assert.Equal("String", layer.FieldTypes["event_type"]);
    }

    [Fact]
    public async Task Ogrinfo_pages_through_three_pages_of_incidents_without_losing_or_repeating_one()
    {
        var output = await Ogrinfo.FeaturesAsync(Source, "incidents", "-oo", "PAGE_SIZE=1000", "-fields=NO", "-geom=NO");
        var ids = Regex.Matches(output, @"^OGRFeature\(incidents\):(\d+)$", RegexOptions.Multiline).Select(m => long.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(GisApp.Incidents, ids.Count);
        Assert.Equal(GisApp.Incidents, ids.Distinct().Count());
    }

    [Fact]
    public async Task Ogrinfo_reads_border_segments_as_lines()
    {
        var layer = await Ogrinfo.LayerAsync(Source, "border_segments");
        Assert.Equal(2, layer.FeatureCount);
        Assert.Equal("Line String", layer.GeometryType);
    }

    [Theory]
    [InlineData("event_type = 'battles' AND fatalities > 3", "event_type = 'battles' AND fatalities > 3")]
    [InlineData("country = 'TJ' AND date >= '2021-06-01'", "country = 'TJ' AND occurred_on >= '2021-06-01'")]
    [InlineData("fatalities IS NULL OR geo_precision = 3", "fatalities IS NULL OR geo_precision = 3")]
    public async Task Ogrinfo_sends_its_where_clause_as_a_cql_filter_and_gets_what_postgresql_counts(string where, string sql)
    {
        var (output, log) = await Ogrinfo.RunLoggedAsync(["-ro", "-so", "--debug", "on", "-where", where, Source, "incidents"]);
        Assert.True(log.Contains("filter=", StringComparison.Ordinal), log);
        Assert.DoesNotContain("evaluated on client side", log);
        var expected = await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE {sql}");
        Assert.True(expected == Ogrinfo.FeatureCountOf(output), $"PostgreSQL counts {expected}; ogrinfo {output}\n{log}");
    }
}
