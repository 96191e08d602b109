using System.Net;
using System.Text.RegularExpressions;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Tiles;

/// <summary>Vector tiles, read back by GDAL's MVT driver, against what PostGIS counts in the same tile.</summary>
public sealed partial class TilesTests(TilesTests.TileGisApp gis) : IClassFixture<TilesTests.TileGisApp>, IDisposable
{
    /// <summary>The GIS fixture with tiles that draw at most 1,000 incidents one by one: its 2,600 make clusters at low zooms.</summary>
    public sealed class TileGisApp : GisApp
    {
        public const int MaxPointsPerTile = 1000;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["Tiles:MaxPointsPerTile"] = MaxPointsPerTile.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bordermap-tile-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_high_zoom_tile_holds_each_incident_as_a_point_with_its_attributes()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 12);
        var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf", z, x, y);
        var layer = await Ogrinfo.LayerAsync(path, "incidents");
        Assert.Equal(await InTileAsync(z, x, y, ""), layer.FeatureCount);
        Assert.Equal("Point", layer.GeometryType);
        Assert.Equal("Integer", layer.FieldTypes["day"]);
        Assert.Equal("String", layer.FieldTypes["date"]);
        Assert.Contains("event_type", layer.FieldTypes.Keys);
        Assert.Contains("fatalities", layer.FieldTypes.Keys);
        Assert.Contains("geo_precision", layer.FieldTypes.Keys);
        Assert.Contains("id", layer.FieldTypes.Keys);
    }

    [Fact]
    public async Task A_low_zoom_tile_holds_grid_clusters_whose_counts_add_up_to_the_incidents_in_it()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 8);
        var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf", z, x, y);
        var layer = await Ogrinfo.LayerAsync(path, "incidents");
        Assert.True(layer.FeatureCount is > 0 and <= 64 * 64, $"{layer.FeatureCount} clusters");
        var sum = await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql", "SELECT SUM(count) AS total FROM incidents"]);
        var expected = await InTileAsync(z, x, y, "");
        Assert.True(expected > TileGisApp.MaxPointsPerTile, $"the tile holds {expected} incidents, too few to cluster");
        Assert.Equal(expected, long.Parse(Total().Match(sum).Groups[1].Value));
    }

    [Fact]
    public async Task Clusters_carry_the_count_of_each_event_type_and_their_most_frequent_type()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 8);
        var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf", z, x, y);
        foreach (var type in BorderMap.Core.Incidents.EventType.All.Select(t => t.Code))
        {
            var sum = await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql", $"SELECT SUM({type}) AS total FROM incidents"]);
            Assert.Equal(await InTileAsync(z, x, y, $"AND event_type = '{type}'"), long.Parse(Total().Match(sum).Groups[1].Value));
        }
        // every cluster names a type, and none holds more of another type than of the one it names
        var untyped = await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql", "SELECT COUNT(*) AS total FROM incidents WHERE event_type IS NULL"]);
        Assert.Equal(0, long.Parse(Total().Match(untyped).Groups[1].Value));
        var wrong = await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql",
            "SELECT COUNT(*) AS total FROM incidents WHERE event_type = 'riots' AND (battles > riots OR protests > riots OR strategic_developments > riots)"]);
        Assert.Equal(0, long.Parse(Total().Match(wrong).Groups[1].Value));
    }

    [Fact]
    public async Task A_low_zoom_tile_whose_filter_leaves_few_incidents_holds_each_as_a_point()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 6);
        var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf?types=riots", z, x, y);
        var layer = await Ogrinfo.LayerAsync(path, "incidents");
        var expected = await InTileAsync(z, x, y, "AND event_type = 'riots'");
        Assert.InRange(expected, 1, TileGisApp.MaxPointsPerTile);
        Assert.Equal(expected, layer.FeatureCount);
        Assert.Contains("event_type", layer.FieldTypes.Keys);
        Assert.DoesNotContain("count", layer.FieldTypes.Keys);
    }

    [Fact]
    public async Task Tiles_take_the_incident_list_filters()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 12);
        var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf?types=battles&country=AF", z, x, y);
        var layer = await Ogrinfo.LayerAsync(path, "incidents");
        var expected = await InTileAsync(z, x, y, "AND event_type = 'battles' AND country = 'AF'");
        Assert.True(expected > 0, "the filter must keep some incidents to be a test");
        Assert.Equal(expected, layer.FeatureCount);
    }

    [Fact]
    public async Task A_tile_carries_an_etag_and_answers_304_when_it_has_not_changed()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 10);
        using var first = await gis.Client.GetAsync($"/tiles/incidents/{z}/{x}/{y}.pbf");
        Assert.Equal("application/vnd.mapbox-vector-tile", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/tiles/incidents/{z}/{x}/{y}.pbf");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await gis.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_cached_tile_is_rebuilt_as_soon_as_incidents_change()
    {
        var (z, x, y) = TileOf(70.4, 37.4, 12);
        var url = $"/tiles/incidents/{z}/{x}/{y}.pbf";
        var before = (await Ogrinfo.LayerAsync(await DownloadAsync(url, z, x, y), "incidents")).FeatureCount;
        try
        {
            await gis.ExecuteAsync("""
                INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, created_by, updated_by)
                VALUES ('2022-05-08', 'riots', ST_SetSRID(ST_MakePoint(70.4, 37.4), 4326), 1, 'inserted after caching', 'test', 'test')
                """);
            var after = (await Ogrinfo.LayerAsync(await DownloadAsync(url, z, x, y), "incidents")).FeatureCount;
            Assert.Equal(before + 1, after);
        }
        finally
        {
            await gis.ExecuteAsync("DELETE FROM incidents WHERE source = 'inserted after caching'");
        }
        Assert.Equal(before, (await Ogrinfo.LayerAsync(await DownloadAsync(url, z, x, y), "incidents")).FeatureCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(22)]
    public async Task Every_zoom_the_tilejson_advertises_holds_the_incident_in_its_tile(int zoom)
    {
        // At z 20–22 x·4096 passes 2^31: the tile's origin must be computed in 64 bits.
        const string Marker = "tile zoom test";
        try
        {
            await gis.ExecuteAsync($"""
                INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, created_by, updated_by)
                VALUES ('2022-05-08', 'riots', ST_SetSRID(ST_MakePoint(71.2345671, 37.6543211), 4326), 1, '{Marker}', 'test', 'test')
                """);
            var (z, x, y) = TileOf(71.2345671, 37.6543211, zoom);
            var path = await DownloadAsync($"/tiles/incidents/{z}/{x}/{y}.pbf", z, x, y);
            var expected = await InTileAsync(z, x, y, "");
            var layer = await Ogrinfo.LayerAsync(path, "incidents");
            if (expected <= TileGisApp.MaxPointsPerTile) Assert.Equal(expected, layer.FeatureCount);
            else Assert.Equal(expected, long.Parse(Total().Match(await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql", "SELECT SUM(count) AS total FROM incidents"])).Groups[1].Value));
            Assert.True(expected >= 1, $"the tile {z}/{x}/{y} must hold the inserted incident");
        }
        finally
        {
            await gis.ExecuteAsync($"DELETE FROM incidents WHERE source = '{Marker}'");
        }
    }

    [Theory]
    [InlineData("border_segments", "Line String", 2)]
    [InlineData("crossings", "Point", 2)]
    public async Task Border_segments_and_crossings_have_tiles_too(string layerName, string geometry, long count)
    {
        var (z, x, y) = TileOf(67.9, 37.15, 6);
        var path = await DownloadAsync($"/tiles/{layerName}/{z}/{x}/{y}.pbf", z, x, y);
        var layer = await Ogrinfo.LayerAsync(path, layerName);
        Assert.Equal(geometry, layer.GeometryType);
        Assert.Equal(count, layer.FeatureCount);
    }

    [Fact]
    public async Task The_tilejson_names_the_layer_its_fields_and_tile_urls_that_keep_the_filters()
    {
        var tileJson = await gis.Client.GetJsonAsync("/tiles/incidents.json?types=riots");
        Assert.Equal("3.0.0", (string)tileJson["tilejson"]!);
        Assert.EndsWith("/tiles/incidents/{z}/{x}/{y}.pbf?types=riots", (string)tileJson["tiles"]![0]!);
        var layer = tileJson["vector_layers"]![0]!;
        Assert.Equal("incidents", (string)layer["id"]!);
        Assert.NotNull(layer["fields"]!["day"]);
        Assert.NotNull(layer["fields"]!["violence_against_civilians"]);
        Assert.Equal(14, (int)tileJson["maxzoom"]!); // the data's own detail; clients overzoom past it
    }

    [Theory]
    [InlineData("/tiles/incidents/23/0/0.pbf", 400, "z")]
    [InlineData("/tiles/incidents/3/8/0.pbf", 400, "x")]
    [InlineData("/tiles/incidents/3/0/8.pbf", 400, "y")]
    [InlineData("/tiles/incidents/3/-1/0.pbf", 400, "x")]
    [InlineData("/tiles/incidents/a/0/0.pbf", 400, "z")]
    [InlineData("/tiles/incidents/8/178/99.pbf?bbox=70,37,71,38", 400, "bbox")]
    [InlineData("/tiles/incidents/8/178/99.pbf?types=picnic", 400, "types")]
    [InlineData("/tiles/crossings/8/178/99.pbf?types=battles", 400, "types")]
    [InlineData("/tiles/rivers/8/178/99.pbf", 404, null)]
    [InlineData("/tiles/rivers.json", 404, null)]
    public async Task A_tile_outside_the_grid_or_with_bad_filters_is_a_problem(string url, int status, string? parameter)
    {
        using var response = await gis.Client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.ProblemAsync();
        if (parameter is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    /// <summary>The XYZ tile holding a point (spherical Mercator, as every web map counts them).</summary>
    private static (int Z, int X, int Y) TileOf(double lon, double lat, int z)
    {
        var n = 1 << z;
        var r = lat * Math.PI / 180;
        return (z, (int)((lon + 180) / 360 * n), (int)((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * n));
    }

    private Task<long> InTileAsync(int z, int x, int y, string filter) =>
        gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE ST_Intersects(ST_Transform(geom, 3857), ST_TileEnvelope({z}, {x}, {y})) {filter}");

    /// <summary>Saves a tile as z/x/y.pbf, the path GDAL's MVT driver takes the tile's position from.</summary>
    private async Task<string> DownloadAsync(string url, int z, int x, int y)
    {
        using var response = await gis.Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N"), $"{z}", $"{x}", $"{y}.pbf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    [GeneratedRegex(@"total \(\w+\) = (\d+)")]
    private static partial Regex Total();
}
