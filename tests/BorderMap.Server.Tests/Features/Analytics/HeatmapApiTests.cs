using System.Diagnostics;
using System.Globalization;
using BorderMap.Server.Tests.Support;
using Npgsql;
using SkiaSharp;

namespace BorderMap.Server.Tests.Features.Analytics;

public sealed class HeatmapApiTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const int Year = 2019;
    private static readonly List<TestIncident> Incidents = AnalyticsFixtures.Scatter(320, seed: 11, lon: 69.6, lat: 37.4, spreadDegrees: 0.35, Year);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? s_loadedInto;

    private async Task LoadAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (s_loadedInto == app.ConnectionString) return;
            await AnalyticsFixtures.InsertAsync(app.ConnectionString, Incidents);
            s_loadedInto = app.ConnectionString;
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>The points as the test's own query projects them, with fatalities as weights.</summary>
    private async Task<List<(double X, double Y, double W)>> UtmPointsAsync(int maxPrecision)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT ST_X(ST_Transform(geom, 32642)), ST_Y(ST_Transform(geom, 32642)), coalesce(fatalities, 0) FROM incidents WHERE geo_precision <= $1", connection);
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)maxPrecision });
        var points = new List<(double, double, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) points.Add((reader.GetDouble(0), reader.GetDouble(1), reader.GetInt32(2)));
        return points;
    }

    // Quartic, "scaled" output, straight from the definition: 3/(πr²) · (1 − (d/r)²)² within r.
    private static double QuarticScaled(double d, double r) => d > r ? 0 : 3 / (Math.PI * r * r) * Math.Pow(1 - d / r * (d / r), 2);

    [Fact]
    public async Task The_endpoint_grid_matches_a_KDE_computed_here_from_the_formula_on_QGIS_grid()
    {
        await LoadAsync();
        const double radius = 4_000, pixel = 500;
        var grid = await app.Client.GetJsonAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&radiusM={radius}&pixelM={pixel}&kernel=quartic&output=scaled&weight=fatalities");

        // QGIS: the points' extent grown by the radius, ⌈size / pixel⌉ + 1 cells, origin top-left, row 0 north.
        var points = (await UtmPointsAsync(maxPrecision: 2)).Where(p => p.W > 0).ToList();
        var minX = points.Min(p => p.X) - radius;
        var maxY = points.Max(p => p.Y) + radius;
        var columns = (int)Math.Ceiling((points.Max(p => p.X) + radius - minX) / pixel) + 1;
        var rows = (int)Math.Ceiling((maxY - (points.Min(p => p.Y) - radius)) / pixel) + 1;
        Assert.Equal(columns, (int)grid["columns"]!);
        Assert.Equal(rows, (int)grid["rows"]!);
        Assert.Equal(points.Count, (int)grid["incidents"]!);
        Assert.Equal(minX, (double)grid["geoTransform"]![0]!, 1e-6);
        Assert.Equal(maxY, (double)grid["geoTransform"]![3]!, 1e-6);

        var values = grid["values"]!.AsArray().Select(v => (double)v!).ToArray();
        var worst = 0.0;
        var max = 0.0;
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var cx = minX + (column + 0.5) * pixel;
                var cy = maxY - (row + 0.5) * pixel;
                var expected = points.Sum(p => p.W * QuarticScaled(Math.Sqrt((cx - p.X) * (cx - p.X) + (cy - p.Y) * (cy - p.Y)), radius));
                max = Math.Max(max, expected);
                var actual = values[row * columns + column];
                worst = Math.Max(worst, Math.Abs(actual - expected) / Math.Max(expected, 1e-9 * 3 / (Math.PI * radius * radius)));
            }
        }
        Assert.True(max > 0);
        Assert.InRange(worst, 0, 1e-6);
    }

    [Fact]
    public async Task Precision_3_incidents_are_left_out_unless_asked_for()
    {
        await LoadAsync();
        var without = await app.Client.GetJsonAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&width=64");
        var with = await app.Client.GetJsonAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&width=64&includePrecision3=true");

        Assert.Equal(Incidents.Count(i => i.Precision <= 2), (int)without["incidents"]!);
        Assert.Equal(Incidents.Count, (int)with["incidents"]!);
    }

    [Fact]
    public async Task A_bbox_heatmap_is_exactly_width_by_height_cells_and_counts_points_just_outside_it()
    {
        await LoadAsync();
        var inside = await app.Client.GetJsonAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&bbox=69.5,37.3,69.7,37.5&width=40&height=30&radiusM=20000&includePrecision3=true");

        Assert.Equal(40, (int)inside["columns"]!);
        Assert.Equal(30, (int)inside["rows"]!);
        Assert.True((int)inside["incidents"]! > Incidents.Count(i => i.Lon is >= 69.5 and <= 69.7 && i.Lat is >= 37.3 and <= 37.5));
    }

    [Fact]
    public async Task The_PNG_is_one_pixel_per_cell_with_transparent_zeros_and_its_georeference_in_headers()
    {
        await LoadAsync();
        using var response = await app.Client.GetAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&pixelM=1000&radiusM=3000&format=png");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("EPSG:32642", response.Headers.GetValues("X-Grid-CRS").Single());

        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, bitmap.GetPixel(0, 0).Alpha);
        Assert.Contains(Enumerable.Range(0, bitmap.Width * bitmap.Height), i => bitmap.GetPixel(i % bitmap.Width, i / bitmap.Width).Alpha > 0);
    }

    [Fact]
    public async Task The_GeoTIFF_is_read_by_gdalinfo_as_UTM_zone_42N_at_the_grid_origin()
    {
        await LoadAsync();
        var json = await app.Client.GetJsonAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&pixelM=750");
        var tiff = await app.Client.GetByteArrayAsync($"/api/v1/analytics/heatmap?from={Year}-01-01&to={Year}-12-31&pixelM=750&format=tiff");
        var path = Path.Combine(Path.GetTempPath(), $"bordermap-heatmap-{Guid.NewGuid():N}.tif");
        await File.WriteAllBytesAsync(path, tiff);
        try
        {
            var info = Gdalinfo(path);
            Assert.Contains("UTM zone 42N", info);
            Assert.Contains("ID[\"EPSG\",32642]", info);
            Assert.Contains($"Size is {(int)json["columns"]!}, {(int)json["rows"]!}", info);
            var origin = info.Split('\n').Single(l => l.StartsWith("Origin = (", StringComparison.Ordinal))["Origin = (".Length..^1].Split(',');
            Assert.Equal((double)json["geoTransform"]![0]!, double.Parse(origin[0], CultureInfo.InvariantCulture), 1e-6);
            Assert.Equal((double)json["geoTransform"]![3]!, double.Parse(origin[1], CultureInfo.InvariantCulture), 1e-6);
            Assert.Contains("Pixel Size = (750.000000000000000,-750.000000000000000)", info);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_GeoTIFF_tells_gdalinfo_its_nodata_unit_and_the_request_parameters()
    {
        await LoadAsync();
        var info = await GdalinfoOfTiffAsync($"from={Year}-01-01&to={Year}-06-30&pixelM=800&radiusM=4000&kernel=triweight&output=scaled&weight=fatalities");
        Assert.Contains("NoData Value=0", info);
        Assert.Contains("Unit Type: fatalities/m2", info);
        Assert.Contains("Description = triweight kernel density, radius 4000 m", info);
        Assert.Contains("KERNEL=triweight", info);
        Assert.Contains("RADIUS_M=4000", info);
        Assert.Contains("PIXEL_SIZE_M=800", info);
        Assert.Contains("WEIGHT=fatalities", info);
        Assert.Contains("UNITS=fatalities/m2", info);
        Assert.Contains($"PERIOD={Year}-01-01/{Year}-06-30", info);
        Assert.Contains("OUTPUT=scaled", info);
        Assert.Contains("REQUEST=from=", info);
        Assert.DoesNotContain("SYNTHETIC", info); // the fixture's rows are not benchmark rows
    }

    [Fact]
    public async Task The_GeoTIFF_says_SYNTHETIC_when_synthetic_incidents_were_counted()
    {
        await LoadAsync();
        // Years of their own, so the other tests' sums do not change; the 2031 incident is synthetic.
        await AnalyticsFixtures.ExecuteAsync(app.ConnectionString, """
            INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, synthetic, created_by, updated_by)
            VALUES ('2031-03-01', 'battles', ST_SetSRID(ST_MakePoint(69.6, 37.4), 4326), 1, true, 'test', 'test'),
                   ('2032-03-01', 'battles', ST_SetSRID(ST_MakePoint(69.6, 37.4), 4326), 1, false, 'test', 'test')
            """);
        var synthetic = await GdalinfoOfTiffAsync("from=2031-01-01&to=2032-12-31&pixelM=1000");
        Assert.Contains("SYNTHETIC=YES", synthetic);
        Assert.Contains("INCIDENTS=2", synthetic);
        Assert.Contains("UNITS=incidents", synthetic);
        Assert.Contains("PERIOD=2031-01-01/2032-12-31", synthetic);
        var real = await GdalinfoOfTiffAsync("from=2032-01-01&pixelM=1000");
        Assert.DoesNotContain("SYNTHETIC", real);
        Assert.Contains("PERIOD=2032-01-01/..", real);
    }

    private async Task<string> GdalinfoOfTiffAsync(string query)
    {
        var tiff = await app.Client.GetByteArrayAsync($"/api/v1/analytics/heatmap?{query}&format=tiff");
        var path = Path.Combine(Path.GetTempPath(), $"bordermap-heatmap-{Guid.NewGuid():N}.tif");
        await File.WriteAllBytesAsync(path, tiff);
        try
        {
            return Gdalinfo(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Gdalinfo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("gdalinfo", [path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gdalinfo failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "radiusM=0", "radiusM" },
        { "radiusM=-100", "radiusM" },
        { "radiusM=200000.5", "radiusM" },
        { "bbox=60,30,75,40&pixelM=100", "pixelM" },
        { "width=4097", "width" },
        { "height=9000", "height" },
        { "kernel=gaussian", "kernel" },
        { "kernel=quartic&output=density", "output" },
        { "bbox=-120,10,-110,20", "bbox" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_heatmap_request_answers_400_problem_json_naming_the_field(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/analytics/heatmap?{query}");

        Assert.Equal(400, (int)response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors do not name '{field}': {problem}");
    }
}
