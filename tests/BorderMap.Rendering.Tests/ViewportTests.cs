using BorderMap.Rendering.Projections;

namespace BorderMap.Rendering.Tests;

public sealed class ViewportTests
{
    [Fact]
    public void Fitting_a_wide_bbox_fills_the_width_and_centres_it_vertically()
    {
        var viewport = Viewport.FitLonLatBounds(67.3, 36.6, 75.2, 38.6, 1000, 800);

        var (minX, minY) = SphericalMercator.FromLonLat(67.3, 36.6);
        var (maxX, maxY) = SphericalMercator.FromLonLat(75.2, 38.6);
        Assert.Equal((maxX - minX) / 1000, viewport.Resolution, 1e-6);
        Assert.Equal(minX, viewport.Extent.MinX, 0.01);
        Assert.Equal(maxX, viewport.Extent.MaxX, 0.01);
        Assert.True(viewport.Extent.MinY < minY && viewport.Extent.MaxY > maxY, "the bbox must be shown whole");
        Assert.Equal((minY + maxY) / 2, viewport.CenterY, 0.01);
    }

    [Fact]
    public void Fitting_keeps_the_aspect_ratio_so_a_degree_square_is_not_stretched()
    {
        var tall = Viewport.FitLonLatBounds(69, 37, 70, 38, 300, 900);
        var wide = Viewport.FitLonLatBounds(69, 37, 70, 38, 900, 300);

        static (float Width, float Height) Size(Viewport v)
        {
            var a = v.LonLatToScreen(69, 37);
            var b = v.LonLatToScreen(70, 38);
            return (b.X - a.X, a.Y - b.Y);
        }

        var (tw, th) = Size(tall);
        var (ww, wh) = Size(wide);
        Assert.Equal(tw / th, ww / wh, 1e-4);
        Assert.Equal(300f, tw, 0.01f);
        Assert.Equal(300f, wh, 0.01f);
    }

    [Fact]
    public void Padding_keeps_the_bbox_that_many_pixels_from_the_edge()
    {
        var viewport = Viewport.FitLonLatBounds(68, 36.8, 71.2, 38.2, 960, 640, paddingPixels: 20);

        var lowerLeft = viewport.LonLatToScreen(68, 36.8);
        var upperRight = viewport.LonLatToScreen(71.2, 38.2);
        Assert.Equal(20f, lowerLeft.X, 0.01f);
        Assert.Equal(940f, upperRight.X, 0.01f);
        Assert.True(upperRight.Y >= 20f - 0.01f && lowerLeft.Y <= 620f + 0.01f);
    }

    [Fact]
    public void World_to_screen_and_back_returns_the_same_point()
    {
        var viewport = Viewport.FitLonLatBounds(68, 36.8, 71.2, 38.2, 960, 640);
        var (x, y) = SphericalMercator.FromLonLat(69.5, 37.3);

        var screen = viewport.WorldToScreen(x, y);
        var (bx, by) = viewport.ScreenToWorld(screen.X, screen.Y);

        // Screen points are floats: a few centimetres at ~300 m per pixel.
        Assert.Equal(x, bx, 0.1);
        Assert.Equal(y, by, 0.1);
    }

    [Fact]
    public void Screen_origin_is_the_north_west_corner()
    {
        var viewport = new Viewport(1000, 2000, 10, 100, 50);

        Assert.Equal(new SkiaSharp.SKPoint(0, 0), viewport.WorldToScreen(500, 2250));
        Assert.Equal(new SkiaSharp.SKPoint(100, 50), viewport.WorldToScreen(1500, 1750));
    }

    [Theory]
    [InlineData(70, 37, 69, 38)]
    [InlineData(69, 38, 70, 37)]
    public void Fitting_rejects_a_bbox_whose_min_exceeds_its_max(double minLon, double minLat, double maxLon, double maxLat)
    {
        Assert.Throws<ArgumentException>(() => Viewport.FitLonLatBounds(minLon, minLat, maxLon, maxLat, 100, 100));
    }

    [Fact]
    public void A_viewport_with_no_pixels_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Viewport(0, 0, 1, 0, 100));
    }
}
