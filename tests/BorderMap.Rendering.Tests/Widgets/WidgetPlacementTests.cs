using BorderMap.Rendering.Widgets;
using SkiaSharp;

namespace BorderMap.Rendering.Tests.Widgets;

public sealed class WidgetPlacementTests
{
    private static readonly Viewport s_viewport = new(0, 0, 1, 800, 600);

    [Fact]
    public void A_bottom_right_widget_keeps_its_margin_from_both_edges()
    {
        var widget = new LegendWidget(null, []) { HorizontalAlignment = HorizontalAlignment.Right, VerticalAlignment = VerticalAlignment.Bottom, Margin = 10 };

        var rect = Widget.Place(widget, new SKSize(100, 50), s_viewport);

        Assert.Equal(SKRect.Create(690, 540, 100, 50), rect);
    }

    [Fact]
    public void A_centred_widget_sits_in_the_middle()
    {
        var widget = new TitleWidget("fixture") { HorizontalAlignment = HorizontalAlignment.Center, VerticalAlignment = VerticalAlignment.Center };

        var rect = Widget.Place(widget, new SKSize(200, 100), s_viewport);

        Assert.Equal(SKRect.Create(300, 250, 200, 100), rect);
    }

    [Fact]
    public void Attribution_credits_every_data_source_licence_by_default()
    {
        var attribution = new AttributionWidget();

        Assert.Equal("© OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0) · Natural Earth", attribution.Text);
        Assert.Equal(HorizontalAlignment.Right, attribution.HorizontalAlignment);
        Assert.Equal(VerticalAlignment.Bottom, attribution.VerticalAlignment);
    }

    [Fact]
    public void A_widget_type_without_a_renderer_fails_naming_it()
    {
        var map = new Map(s_viewport);
        map.Widgets.Add(new NorthArrowWidget());
        var renderer = new MapRenderer();
        renderer.WidgetRenderers.Remove(typeof(NorthArrowWidget));

        var error = Assert.Throws<InvalidOperationException>(() => renderer.RenderToPng(map));

        Assert.Contains(nameof(NorthArrowWidget), error.Message);
    }
}
