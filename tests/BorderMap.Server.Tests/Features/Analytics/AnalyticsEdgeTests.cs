using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Analytics;

/// <summary>
/// Issue 21, findings 1 and 2: a bbox's grid reaches beyond the bbox (a heatmap's last column and
/// row, the hexagons along its edges), and every incident under that overhang must count. Each test
/// lays a lattice of incidents over the bbox and well beyond it, in a year of its own, and checks
/// the exact values against sums written here from the definitions.
/// </summary>
public sealed class AnalyticsEdgeTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Theory]
    [InlineData("69.2,37.3,69.6,37.6", 30_000, 0.0371, 2031)]
    [InlineData("69.0,37.2,69.8,37.8", 3_000, 0.0097, 2032)]
    public async Task A_bbox_heatmap_sums_the_points_under_its_overhanging_last_column_and_row(string bbox, double pixel, double step, int year)
    {
        // The strip a 3 km grid overhangs is thin: its lattice is dense enough to put incidents in it.
        await AnalyticsFixtures.InsertAsync(app.ConnectionString, Lattice(bbox, margin: 0.5, stepLon: step, stepLat: step * 0.79, year));
        const double radius = 10_000;

        var grid = await app.Client.GetJsonAsync(FormattableString.Invariant(
            $"/api/v1/analytics/heatmap?bbox={bbox}&pixelM={pixel}&radiusM={radius}&from={year}-01-01&to={year}-12-31"));

        var points = await UtmPointsAsync(year);
        var columns = (int)grid["columns"]!;
        var rows = (int)grid["rows"]!;
        var minX = (double)grid["geoTransform"]![0]!;
        var maxY = (double)grid["geoTransform"]![3]!;
        var values = grid["values"]!.AsArray().Select(v => (double)v!).ToArray();
        var wrong = new List<string>();
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var cx = minX + (column + 0.5) * pixel;
                var cy = maxY - (row + 0.5) * pixel;
                // Quartic, raw: (1 − (d/r)²)² within r, summed over every incident of the year.
                var expected = points.Sum(p =>
                {
                    var q = ((cx - p.X) * (cx - p.X) + (cy - p.Y) * (cy - p.Y)) / (radius * radius);
                    return q <= 1 ? (1 - q) * (1 - q) : 0;
                });
                var actual = values[row * columns + column];
                if (Math.Abs(actual - expected) > 1e-9 * Math.Max(1, expected))
                    wrong.Add(FormattableString.Invariant($"row {row} column {column}: {actual} instead of {expected}"));
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {values.Length} cells are wrong:\n{string.Join('\n', wrong.Take(20))}");
    }

    [Fact]
    public async Task Edge_hexagons_of_a_bbox_count_every_incident_inside_their_polygon()
    {
        const int year = 2033;
        const string bbox = "70.0,37.0,70.4,37.3";
        await AnalyticsFixtures.InsertAsync(app.ConnectionString, Lattice(bbox, margin: 0.3, stepLon: 0.0131, stepLat: 0.0107, year));

        var hotspots = await app.Client.GetJsonAsync($"/api/v1/analytics/hotspots?bbox={bbox}&sizeM=5000&from={year}-01-01&to={year}-12-31");

        // Which PostGIS hexagon (i, j) holds each incident, asked of ST_HexagonGrid point by point.
        var inPolygon = await HexagonCountsAsync(year, 5000);
        var features = hotspots["features"]!.AsArray();
        Assert.NotEmpty(features);
        var wrong = features
            .Select(f => f!["properties"]!)
            .Select(p => (I: (long)p["i"]!, J: (long)p["j"]!, Reported: (long)p["incidents"]!))
            .Where(h => h.Reported != inPolygon.GetValueOrDefault((h.I, h.J)))
            .Select(h => $"hexagon {h.I},{h.J}: {h.Reported} instead of {inPolygon.GetValueOrDefault((h.I, h.J))}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {features.Count} hexagons are miscounted:\n{string.Join('\n', wrong.Take(20))}");
    }

    /// <summary>Incidents on a lattice over the bbox grown by <paramref name="margin"/> degrees on every side.</summary>
    private static List<TestIncident> Lattice(string bbox, double margin, double stepLon, double stepLat, int year)
    {
        var b = bbox.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var incidents = new List<TestIncident>();
        // The lattice starts off the bbox's round numbers, so no incident sits on a cell or hexagon edge.
        for (var lon = b[0] - margin + 0.00117; lon <= b[2] + margin; lon += stepLon)
            for (var lat = b[1] - margin + 0.00089; lat <= b[3] + margin; lat += stepLat)
                incidents.Add(new TestIncident(lon, lat, new DateOnly(year, 6, 15)));
        return incidents;
    }

    private async Task<List<(double X, double Y)>> UtmPointsAsync(int year)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT ST_X(ST_Transform(geom, 32642)), ST_Y(ST_Transform(geom, 32642)) FROM incidents WHERE extract(year FROM occurred_on) = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        var points = new List<(double, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) points.Add((reader.GetDouble(0), reader.GetDouble(1)));
        return points;
    }

    private async Task<Dictionary<(long, long), long>> HexagonCountsAsync(int year, double size)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT h.i, h.j, count(*)
            FROM incidents AS n, ST_HexagonGrid($2, ST_Transform(n.geom, 32642)) AS h
            WHERE extract(year FROM n.occurred_on) = $1 AND ST_Intersects(h.geom, ST_Transform(n.geom, 32642))
            GROUP BY h.i, h.j
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = size });
        var counts = new Dictionary<(long, long), long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[(reader.GetInt64(0), reader.GetInt64(1))] = reader.GetInt64(2);
        return counts;
    }
}
