using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

/// <summary>The data credits that the sources' licences require on every published map.</summary>
public sealed class AttributionWidget : Widget
{
    public const string DefaultText = "© OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0) · Natural Earth";

    public AttributionWidget(string text = DefaultText)
    {
        Text = text;
        HorizontalAlignment = HorizontalAlignment.Right;
        VerticalAlignment = VerticalAlignment.Bottom;
        Margin = 0f;
    }

    public string Text { get; }

    public float FontSize { get; init; } = 10f;
}

public sealed class AttributionWidgetRenderer : IWidgetRenderer
{
    private const float Padding = 4f;

    public void Draw(RenderContext context, IWidget widget)
    {
        var attribution = (AttributionWidget)widget;
        var font = context.Paints.Font(attribution.FontSize);
        var size = new SKSize(MathF.Ceiling(font.MeasureText(attribution.Text) + 2 * Padding), MathF.Ceiling(font.Spacing + Padding));
        var rect = Widget.Place(widget, size, context.Viewport);
        context.Canvas.DrawRect(rect, context.Paints.Fill(new SKColor(0xFF, 0xFF, 0xFF, 0xCC)));
        var baseline = rect.Top + Padding / 2 - font.Metrics.Ascent;
        context.Canvas.DrawText(attribution.Text, rect.Left + Padding, baseline, SKTextAlign.Left, font, context.Paints.Fill(WidgetPanel.SecondaryText));
    }
}
