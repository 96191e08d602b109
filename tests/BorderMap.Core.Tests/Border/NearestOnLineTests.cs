using BorderMap.Core.Incidents;
using BorderMap.Core.Tests.Geoparsing;

namespace BorderMap.Core.Tests.Border;

public sealed class NearestOnLineTests
{
    /// <summary>The nearest point of the line by a scan of every segment, in the model's tangent plane: the reference the chunked search must equal.</summary>
    private static GeoPoint ScanEverySegment(IReadOnlyList<GeoPoint> line, GeoPoint p)
    {
        var scale = Math.Cos(p.Lat * Math.PI / 180);
        var best = (Index: 0, T: 0.0, Squared: double.MaxValue);
        for (var i = 0; i < line.Count - 1; i++)
        {
            double ax = (line[i].Lon - p.Lon) * scale, ay = line[i].Lat - p.Lat;
            double bx = (line[i + 1].Lon - p.Lon) * scale, by = line[i + 1].Lat - p.Lat;
            double dx = bx - ax, dy = by - ay;
            var lengthSquared = dx * dx + dy * dy;
            var t = lengthSquared == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
            double x = ax + t * dx, y = ay + t * dy;
            if (x * x + y * y < best.Squared) best = (i, t, x * x + y * y);
        }
        var (a, b) = (line[best.Index], line[best.Index + 1]);
        return new GeoPoint(a.Lon + best.T * (b.Lon - a.Lon), a.Lat + best.T * (b.Lat - a.Lat));
    }

    [Fact]
    public void The_chunked_search_finds_the_point_a_scan_of_every_segment_finds()
    {
        var border = BorderMap.Core.Tests.Geoparsing.Geodata.Border;
        var line = border.Line.Coordinates.Select(c => new GeoPoint(c.X, c.Y)).ToList();
        var random = new Random(28);
        var points = Enumerable.Range(0, 3000).Select(_ => new GeoPoint(66 + random.NextDouble() * 10, 35 + random.NextDouble() * 5))
            .Concat(line.Where((_, i) => i % 97 == 0))                                                    // on vertices
            .Concat(line.Zip(line.Skip(1)).Where((_, i) => i % 89 == 0).Select(s => new GeoPoint((s.First.Lon + s.Second.Lon) / 2, (s.First.Lat + s.Second.Lat) / 2)))
            .ToList();

        foreach (var p in points)
            Assert.Equal(ScanEverySegment(line, p), border.Locate(p).NearestPointOnLine);
    }
}
