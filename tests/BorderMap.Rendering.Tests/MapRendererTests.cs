using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Projections;
using BorderMap.Rendering.Styles;
using BorderMap.Rendering.Tests.Fixtures;
using BorderMap.Rendering.Tests.Support;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

public sealed class MapRendererTests
{
    private readonly MapRenderer _renderer = new();

    [Fact]
    public void The_pixel_at_each_fixture_incident_has_its_event_type_colour()
    {
        var map = new Map(TestScenes.Viewport()) { BackColor = SKColors.White };
        map.Layers.Add(new MemoryLayer("fixture-incidents",
            TestScenes.Incidents.Select(i => new GeometryFeature(new Point(i.Lon, i.Lat), new Dictionary<string, object?> { ["event_type"] = i.EventType })),
            IncidentStyles.ByEventType()));

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        foreach (var incident in TestScenes.Incidents)
        {
            var at = map.Viewport.LonLatToScreen(incident.Lon, incident.Lat);
            Assert.Equal(IncidentStyles.ColorFor(incident.EventType), pixels.At(at));
        }
    }

    [Fact]
    public void A_zero_heatmap_cell_is_transparent_and_a_non_zero_cell_has_its_ramp_colour()
    {
        var grid = TestScenes.WebMercatorGrid();
        var style = new RasterStyle();
        var map = new Map(TestScenes.Viewport()) { BackColor = SKColors.Transparent };
        map.Layers.Add(new RasterLayer("fixture-heat", grid, style));

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        Assert.Equal(0f, grid[0, 0]);
        Assert.Equal(0, pixels.At(CellCentre(map.Viewport, grid, 0, 0)).Alpha);
        var (hotColumn, hotRow) = HottestCell(grid);
        var expected = RasterStyleRenderer.CellColor(grid[hotColumn, hotRow], grid.MaxValue, style);
        var actual = pixels.At(CellCentre(map.Viewport, grid, hotColumn, hotRow));
        AssertCloseTo(expected, actual);
    }

    [Fact]
    public void A_utm_heatmap_cell_lands_where_proj_puts_its_centre()
    {
        var grid = TestScenes.UtmGrid();
        var style = new RasterStyle();
        var map = new Map(TestScenes.Viewport()) { BackColor = SKColors.Transparent };
        map.Layers.Add(new RasterLayer("fixture-heat-utm", grid, style));

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        var (column, row) = HottestCell(grid);
        var easting = grid.Extent.MinX + (column + 0.5) * grid.CellWidth;
        var northing = grid.Extent.MaxY - (row + 0.5) * grid.CellHeight;
        var (lon, lat) = TransverseMercator.Utm42N.ToLonLat(easting, northing);
        var actual = pixels.At(map.Viewport.LonLatToScreen(lon, lat));
        var expected = RasterStyleRenderer.CellColor(grid[column, row], grid.MaxValue, style);
        AssertCloseTo(expected, actual);
        Assert.Equal(0, pixels[0, 0].Alpha);
    }

    [Fact]
    public void Rendering_the_same_map_twice_gives_identical_png_bytes()
    {
        var first = _renderer.RenderToPng(TestScenes.HeatmapScene());
        var second = new MapRenderer().RenderToPng(TestScenes.HeatmapScene());

        Assert.Equal(first, second);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], first.Take(4));
    }

    [Fact]
    public void Layers_are_drawn_in_list_order_so_the_last_is_on_top()
    {
        var square = TestScenes.Wkt("POLYGON ((69 37, 70 37, 70 38, 69 38, 69 37))");
        var map = new Map(TestScenes.Viewport());
        map.Layers.Add(new MemoryLayer("bottom", [new GeometryFeature(square)], new VectorStyle { Fill = SKColors.Red, Outline = null }));
        map.Layers.Add(new MemoryLayer("top", [new GeometryFeature(square)], new VectorStyle { Fill = SKColors.Blue, Outline = null }));

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        Assert.Equal(SKColors.Blue, pixels.At(map.Viewport.LonLatToScreen(69.5, 37.5)));
    }

    [Fact]
    public void A_polygon_hole_is_left_unfilled()
    {
        var map = TestScenes.VectorScene();

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        Assert.Equal(map.BackColor, pixels.At(map.Viewport.LonLatToScreen(69.1, 37.45)));
        Assert.Equal(new SKColor(0xE2, 0xDC, 0xCB), pixels.At(map.Viewport.LonLatToScreen(68.5, 37.9)));
    }

    [Fact]
    public void Disabled_layers_and_styles_out_of_their_resolution_range_draw_nothing()
    {
        var square = TestScenes.Wkt("POLYGON ((69 37, 70 37, 70 38, 69 38, 69 37))");
        var map = new Map(TestScenes.Viewport()) { BackColor = SKColors.White };
        map.Layers.Add(new MemoryLayer("disabled", [new GeometryFeature(square)], new VectorStyle { Fill = SKColors.Red }) { Enabled = false });
        map.Layers.Add(new MemoryLayer("zoomed-in-only", [new GeometryFeature(square)], new VectorStyle { Fill = SKColors.Blue, MaxVisible = 10 }));
        map.Layers.Add(new MemoryLayer("themed-out", [new GeometryFeature(square)], new ThemeStyle(_ => null)));

        using var pixels = new PngPixels(_renderer.RenderToPng(map));

        Assert.Equal(map.Viewport.Width * map.Viewport.Height, pixels.Count(SKColors.White));
    }

    [Fact]
    public void A_style_without_a_registered_renderer_fails_naming_the_style_and_layer()
    {
        var map = new Map(TestScenes.Viewport());
        map.Layers.Add(TestScenes.IncidentLayer());
        var renderer = new MapRenderer();
        renderer.StyleRenderers.Remove(typeof(LabelStyle));

        var error = Assert.Throws<InvalidOperationException>(() => renderer.RenderToPng(map));

        Assert.Contains("LabelStyle", error.Message);
        Assert.Contains("fixture-incidents", error.Message);
    }

    [Fact]
    public void Progress_rises_from_zero_to_one()
    {
        var progress = new RecordingProgress();

        _renderer.RenderToPng(TestScenes.HeatmapScene(), progress);

        Assert.Equal(0, progress.Reports[0]);
        Assert.Equal(1, progress.Reports[^1]);
        Assert.Equal(progress.Reports.Order(), progress.Reports);
        Assert.True(progress.Reports.Count > 4);
    }

    /// <summary>PNG stores premultiplied pixels, so unpremultiplying back may be off by one.</summary>
    private static void AssertCloseTo(uint expectedRgba, SKColor actual)
    {
        var expected = new SKColor((byte)expectedRgba, (byte)(expectedRgba >> 8), (byte)(expectedRgba >> 16), (byte)(expectedRgba >> 24));
        var close = Math.Abs(expected.Red - actual.Red) <= 2 && Math.Abs(expected.Green - actual.Green) <= 2
            && Math.Abs(expected.Blue - actual.Blue) <= 2 && expected.Alpha == actual.Alpha;
        Assert.True(close, $"expected {expected} but the pixel is {actual}");
    }

    private static SKPoint CellCentre(Viewport viewport, HeatmapGrid grid, int column, int row) => viewport.WorldToScreen(
        grid.Extent.MinX + (column + 0.5) * grid.CellWidth,
        grid.Extent.MaxY - (row + 0.5) * grid.CellHeight);

    private static (int Column, int Row) HottestCell(HeatmapGrid grid)
    {
        var best = (0, 0);
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                if (grid[c, r] > grid[best.Item1, best.Item2]) best = (c, r);
            }
        }

        return best;
    }
}
