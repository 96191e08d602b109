using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

/// <summary>A north arrow. Maps are always drawn north-up, so it always points straight up.</summary>
public sealed class NorthArrowWidget : Widget
{
    public NorthArrowWidget()
    {
        HorizontalAlignment = HorizontalAlignment.Right;
    }

    public float Size { get; init; } = 28f;
}

public sealed class NorthArrowWidgetRenderer : IWidgetRenderer
{
    public void Draw(RenderContext context, IWidget widget)
    {
        var arrow = (NorthArrowWidget)widget;
        var font = context.Paints.Font(arrow.Size * 0.45f, bold: true);
        var rect = Widget.Place(widget, new SKSize(arrow.Size, arrow.Size + font.Spacing), context.Viewport);
        var canvas = context.Canvas;
        var cx = rect.MidX;
        var tip = rect.Top + font.Spacing;
        var baseY = rect.Bottom;
        var halfWidth = arrow.Size * 0.32f;

        // Two halves, one dark and one light, as on a compass rose: legible on any background.
        using var left = new SKPath();
        left.MoveTo(cx, tip);
        left.LineTo(cx - halfWidth, baseY);
        left.LineTo(cx, baseY - arrow.Size * 0.28f);
        left.Close();
        using var right = new SKPath();
        right.MoveTo(cx, tip);
        right.LineTo(cx + halfWidth, baseY);
        right.LineTo(cx, baseY - arrow.Size * 0.28f);
        right.Close();

        canvas.DrawPath(left, context.Paints.Fill(WidgetPanel.Text));
        canvas.DrawPath(right, context.Paints.Fill(SKColors.White));
        canvas.DrawPath(left, context.Paints.Stroke(WidgetPanel.Text, 1f));
        canvas.DrawPath(right, context.Paints.Stroke(WidgetPanel.Text, 1f));

        var halo = context.Paints.Stroke(SKColors.White, 3f);
        canvas.DrawText("N", cx, tip - 3f, SKTextAlign.Center, font, halo);
        canvas.DrawText("N", cx, tip - 3f, SKTextAlign.Center, font, context.Paints.Fill(WidgetPanel.Text));
    }
}
