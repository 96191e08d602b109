using BorderMap.Rendering.Projections;
using BorderMap.Rendering.Tests.Fixtures;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Tests.Projections;

public sealed class SphericalMercatorTests
{
    [Theory]
    // Reference values from PROJ: echo "LAT LON" | cs2cs EPSG:4326 EPSG:3857 -f %.4f
    [InlineData(69.5, 37.3, 7736704.6101, 4481005.8229)]
    [InlineData(67.4, 37.2, 7502933.6795, 4467020.9936)]
    [InlineData(74.9, 38.4, 8337829.8604, 4636087.5271)]
    public void Lon_lat_projects_to_the_coordinates_proj_gives(double lon, double lat, double x, double y)
    {
        var (px, py) = SphericalMercator.FromLonLat(lon, lat);

        Assert.Equal(x, px, 0.001);
        Assert.Equal(y, py, 0.001);
    }

    [Fact]
    public void Polygon_round_trips_through_web_mercator_within_a_nanodegree()
    {
        var lonLat = TestScenes.Wkt("POLYGON ((68.3 36.9, 69.9 36.9, 69.9 38.1, 68.3 38.1, 68.3 36.9))");

        var projected = SphericalMercator.FromLonLat(lonLat);
        var back = projected.Copy();
        back.Apply(new Unproject());

        Assert.True(back.EqualsExact(lonLat, 1e-9), $"round trip gave {back}");
        Assert.Equal(3857, projected.SRID);
        Assert.Equal(68.3, lonLat.Coordinates[0].X); // the input is not touched
    }

    [Fact]
    public void Latitudes_past_the_web_mercator_limit_are_clamped_to_it()
    {
        var (_, atLimit) = SphericalMercator.FromLonLat(0, SphericalMercator.MaxLatitude);
        var (_, atPole) = SphericalMercator.FromLonLat(0, 90);

        Assert.Equal(atLimit, atPole);
        Assert.Equal(Math.PI * SphericalMercator.Radius, atLimit, 0.01);
    }

    [Theory]
    // Geodesic length of one degree of longitude on WGS84: echo "LAT 68 LAT 69" | geod +ellps=WGS84 -I
    // A parallel arc is a hair longer than the geodesic (0.5 m in 55.8 km at 60°N), hence 20 ppm.
    [InlineData(37.5, 88425.028)]
    [InlineData(60.0, 55799.470)]
    public void Ground_scale_turns_a_degree_of_longitude_into_its_geodesic_length(double lat, double geodesicMetres)
    {
        var (x0, _) = SphericalMercator.FromLonLat(68, lat);
        var (x1, _) = SphericalMercator.FromLonLat(69, lat);

        var ground = (x1 - x0) * SphericalMercator.GroundScaleEastWest(lat);

        Assert.Equal(geodesicMetres, ground, geodesicMetres * 20e-6);
    }

    private sealed class Unproject : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (lon, lat) = SphericalMercator.ToLonLat(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, lon);
            seq.SetY(i, lat);
        }
    }
}
