using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Border;

public sealed class NearestCrossingTests
{
    private static readonly BorderModel Border = BorderMap.Core.Tests.Geoparsing.Geodata.Border;

    [Fact]
    public void The_nearest_crossing_is_the_one_measuring_every_crossing_finds()
    {
        var random = new Random(42);
        var crossings = Border.Crossings.Select(c => c.OnBorder).ToList();
        var points = Enumerable.Range(0, 20_000).Select(_ => new GeoPoint(60 + random.NextDouble() * 20, 32 + random.NextDouble() * 10))
            .Concat(crossings)                                                                              // on a crossing
            .Concat(crossings.Zip(crossings.Skip(1), (a, b) => new GeoPoint((a.Lon + b.Lon) / 2, (a.Lat + b.Lat) / 2)))  // between two
            .ToList();

        foreach (var p in points)
        {
            // Every crossing measured, the first of the nearest kept.
            var expected = Border.Crossings.Select((c, i) => (Crossing: c, M: Geodesic.DistanceM(p, c.OnBorder), Index: i))
                .OrderBy(c => c.M).ThenBy(c => c.Index).First();
            var actual = Border.Locate(p);
            Assert.Equal(expected.Crossing.Id, actual.NearestCrossing!.Id);
            Assert.Equal(expected.M, actual.NearestCrossingM);
        }
    }

    [Fact]
    public void The_lower_bound_is_never_above_the_geodesic_distance_and_within_one_and_a_half_percent_of_it()
    {
        var random = new Random(7);
        for (var i = 0; i < 50_000; i++)
        {
            // Half near the border, half anywhere short of antipodal (where Vincenty does not converge).
            var p = i % 2 == 0 ? new GeoPoint(60 + random.NextDouble() * 20, 32 + random.NextDouble() * 10) : new GeoPoint(random.NextDouble() * 360 - 180, random.NextDouble() * 170 - 85);
            var q = i % 2 == 0 ? new GeoPoint(p.Lon + random.NextDouble() * 4 - 2, p.Lat + random.NextDouble() * 4 - 2) : new GeoPoint(Math.Clamp(p.Lon + random.NextDouble() * 120 - 60, -180, 180), Math.Clamp(p.Lat + random.NextDouble() * 90 - 45, -85, 85));
            var distance = Geodesic.DistanceM(p, q);
            var bound = Geodesic.LowerBoundM(p, q);
            Assert.True(bound <= distance, $"{p} → {q}: bound {bound} above the geodesic {distance}");
            Assert.True(bound >= 0.985 * distance, $"{p} → {q}: bound {bound} too far below the geodesic {distance}");
        }
    }
}
