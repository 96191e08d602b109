using BorderMap.Rendering.Projections;
using BorderMap.Rendering.Widgets;

namespace BorderMap.Rendering.Tests.Widgets;

public sealed class ScaleBarTests
{
    [Fact]
    public void Pixels_times_ground_resolution_give_the_geodesic_length_of_a_degree_at_the_centre_latitude()
    {
        // Centred exactly on 37.5°N, between 68°E and 69°E.
        var (cx, cy) = SphericalMercator.FromLonLat(68.5, 37.5);
        var viewport = new Viewport(cx, cy, 250, 800, 600);

        var pixels = viewport.LonLatToScreen(69, 37.5).X - viewport.LonLatToScreen(68, 37.5).X;

        // geod +ellps=WGS84 -I: 37.5N 68E → 37.5N 69E is 88,425.028 m.
        Assert.Equal(88425.028, pixels * viewport.GroundResolution, 0.5);
    }

    [Fact]
    public void Scale_bar_length_in_pixels_covers_its_labelled_ground_distance()
    {
        var (cx, cy) = SphericalMercator.FromLonLat(68.5, 37.5);
        var viewport = new Viewport(cx, cy, 250, 800, 600);

        var bar = ScaleBarLength.Fit(viewport, 160);

        // 160 px × ~198 m/px ≈ 31.7 km, so the longest round distance is 20 km.
        Assert.Equal(20_000, bar.Metres);
        Assert.Equal("20 km", bar.Label);
        Assert.Equal(20_000 / viewport.GroundResolution, bar.Pixels, 0.001);
        Assert.True(bar.Pixels <= 160);
    }

    [Fact]
    public void The_same_resolution_further_north_gives_a_longer_bar_for_the_same_distance()
    {
        var (x, south) = SphericalMercator.FromLonLat(69, 36.5);
        var (_, north) = SphericalMercator.FromLonLat(69, 60);
        var atBorder = ScaleBarLength.Fit(new Viewport(x, south, 100, 800, 600), 400);
        var atSixty = ScaleBarLength.Fit(new Viewport(x, north, 100, 800, 600), 400);

        Assert.True(atSixty.Pixels / atSixty.Metres > atBorder.Pixels / atBorder.Metres * 1.5);
    }

    [Theory]
    [InlineData(0.5, 160, 50, "50 m")]
    [InlineData(3, 100, 200, "200 m")]
    [InlineData(40, 160, 5000, "5 km")]
    public void Scale_bar_picks_a_round_distance(double resolution, float maxPixels, double metres, string label)
    {
        // On the equator ground and projected metres agree.
        var bar = ScaleBarLength.Fit(new Viewport(0, 0, resolution, 800, 600), maxPixels);

        Assert.Equal(metres, bar.Metres, 1e-6);
        Assert.Equal(label, bar.Label);
    }
}
