using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Projections;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Tests.Layers;

public sealed class HeatmapGridTests
{
    [Fact]
    public void A_grid_whose_value_count_does_not_match_its_size_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new HeatmapGrid(3, 2, new float[5], new Envelope(0, 3, 0, 2), GridCrs.WebMercator));

        Assert.Contains("6", error.Message);
    }

    [Fact]
    public void Row_zero_is_the_northern_edge()
    {
        var grid = new HeatmapGrid(2, 2, [1, 2, 3, 4], new Envelope(0, 2, 0, 2), GridCrs.WebMercator);

        Assert.Equal(2f, grid[1, 0]);
        Assert.Equal(3f, grid[0, 1]);
        Assert.Equal(4f, grid.MaxValue);
    }

    [Fact]
    public void A_utm_grid_web_mercator_extent_contains_its_projected_corners()
    {
        var grid = new HeatmapGrid(1, 1, [1], new Envelope(460_000, 660_000, 4_100_000, 4_220_000), GridCrs.Utm42N);

        var extent = grid.WebMercatorExtent();

        foreach (var (e, n) in new[] { (460_000.0, 4_100_000.0), (660_000.0, 4_220_000.0), (460_000.0, 4_220_000.0), (660_000.0, 4_100_000.0) })
        {
            var (lon, lat) = TransverseMercator.Utm42N.ToLonLat(e, n);
            var (x, y) = SphericalMercator.FromLonLat(lon, lat);
            Assert.True(extent.Contains(x, y), $"corner {e},{n} is outside {extent}");
        }
    }
}
