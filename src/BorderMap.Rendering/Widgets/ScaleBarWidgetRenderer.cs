using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

/// <summary>Draws the classic alternating black-and-white bar, ticked at 0, half and full length.</summary>
public sealed class ScaleBarWidgetRenderer : IWidgetRenderer
{
    private const float Padding = 8f;
    private const float BarHeight = 6f;

    public void Draw(RenderContext context, IWidget widget)
    {
        var scaleBar = (ScaleBarWidget)widget;
        var length = ScaleBarLength.Fit(context.Viewport, scaleBar.MaxWidth);
        var font = context.Paints.Font(11f);
        var label = length.Label;
        var labelWidth = font.MeasureText(label);

        var size = new SKSize(
            MathF.Ceiling(length.Pixels + labelWidth / 2f + 2 * Padding + 6f),
            MathF.Ceiling(font.Spacing + BarHeight + 2 * Padding + 2f));
        var rect = Widget.Place(widget, size, context.Viewport);
        WidgetPanel.Draw(context, rect);

        var canvas = context.Canvas;
        var dark = context.Paints.Fill(WidgetPanel.Text);
        var left = rect.Left + Padding + 4f;
        var top = rect.Bottom - Padding - BarHeight;
        var half = length.Pixels / 2f;
        canvas.DrawRect(new SKRect(left, top, left + half, top + BarHeight), dark);
        canvas.DrawRect(new SKRect(left + half, top, left + length.Pixels, top + BarHeight), context.Paints.Fill(SKColors.White));
        canvas.DrawRect(new SKRect(left, top, left + length.Pixels, top + BarHeight), context.Paints.Stroke(WidgetPanel.Text, 1f));

        var baseline = top - 4f;
        canvas.DrawText("0", left, baseline, SKTextAlign.Center, font, dark);
        canvas.DrawText(label, left + length.Pixels, baseline, SKTextAlign.Center, font, dark);
    }
}
