using BorderMap.Rendering.Projections;

namespace BorderMap.Rendering.Tests.Projections;

public sealed class TransverseMercatorTests
{
    [Theory]
    // Reference values from PROJ: echo "LAT LON" | cs2cs EPSG:4326 EPSG:32642 -f %.4f
    [InlineData(69.5, 37.3, 544312.7929, 4128270.3599)]
    [InlineData(67.4, 37.2, 358007.0160, 4118258.2497)]
    [InlineData(71.3, 36.9, 704928.1352, 4086249.5327)]
    [InlineData(68.1, 37.95, 420927.9847, 4200649.3746)]
    public void Utm42N_projects_to_the_coordinates_proj_gives(double lon, double lat, double easting, double northing)
    {
        var (e, n) = TransverseMercator.Utm42N.FromLonLat(lon, lat);

        Assert.Equal(easting, e, 0.001);
        Assert.Equal(northing, n, 0.001);
    }

    [Theory]
    [InlineData(544312.7929, 4128270.3599)]
    [InlineData(358007.0160, 4118258.2497)]
    [InlineData(1015387.0844, 4266712.8332)] // 74.9°E, far outside the zone: still within a millimetre
    public void Utm42N_round_trips_within_a_millimetre(double easting, double northing)
    {
        var (lon, lat) = TransverseMercator.Utm42N.ToLonLat(easting, northing);
        var (e, n) = TransverseMercator.Utm42N.FromLonLat(lon, lat);

        Assert.Equal(easting, e, 0.001);
        Assert.Equal(northing, n, 0.001);
    }
}
