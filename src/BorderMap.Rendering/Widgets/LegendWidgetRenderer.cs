using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

public sealed class LegendWidgetRenderer : IWidgetRenderer
{
    private const float Padding = 10f;
    private const float SwatchWidth = 22f;
    private const float SwatchGap = 8f;
    private const float RowGap = 5f;

    public void Draw(RenderContext context, IWidget widget)
    {
        var legend = (LegendWidget)widget;
        var font = context.Paints.Font(legend.FontSize);
        var titleFont = context.Paints.Font(legend.FontSize + 1f, bold: true);
        var rowHeight = Math.Max(font.Spacing, 14f) + RowGap;

        var width = legend.Entries.Select(e => SwatchWidth + SwatchGap + font.MeasureText(e.Label)).DefaultIfEmpty(0f).Max();
        var height = legend.Entries.Count * rowHeight - RowGap;
        if (legend.Title is { } title)
        {
            width = Math.Max(width, titleFont.MeasureText(title));
            height += titleFont.Spacing + RowGap;
        }

        var rect = Widget.Place(widget, new SKSize(MathF.Ceiling(width + 2 * Padding), MathF.Ceiling(height + 2 * Padding)), context.Viewport);
        WidgetPanel.Draw(context, rect);

        var canvas = context.Canvas;
        var textPaint = context.Paints.Fill(WidgetPanel.Text);
        var y = rect.Top + Padding;
        if (legend.Title is { } heading)
        {
            canvas.DrawText(heading, rect.Left + Padding, y - titleFont.Metrics.Ascent, SKTextAlign.Left, titleFont, textPaint);
            y += titleFont.Spacing + RowGap;
        }

        foreach (var entry in legend.Entries)
        {
            var centreY = y + (rowHeight - RowGap) / 2f;
            var swatch = new SKRect(rect.Left + Padding, centreY - 7f, rect.Left + Padding + SwatchWidth, centreY + 7f);
            DrawSwatch(context, entry.Style, swatch);
            // Centre the text's x-height on the swatch rather than its full ascent.
            var baseline = centreY + (-font.Metrics.Ascent - font.Metrics.Descent) / 2f;
            canvas.DrawText(entry.Label, swatch.Right + SwatchGap, baseline, SKTextAlign.Left, font, textPaint);
            y += rowHeight;
        }
    }

    private static void DrawSwatch(RenderContext context, IStyle style, SKRect swatch)
    {
        var canvas = context.Canvas;
        switch (style)
        {
            case SymbolStyle symbol:
                using (var painter = new SymbolPainter(context.Paints, symbol))
                {
                    painter.Draw(canvas, swatch.MidX, swatch.MidY);
                }

                break;
            case VectorStyle { Fill: { } fill } vector:
                var box = SKRect.Inflate(swatch, -2f, -1f);
                canvas.DrawRect(box, context.Paints.Fill(fill));
                if (vector.Outline is { } outline) canvas.DrawRect(box, context.Paints.Stroke(outline, Math.Min(vector.OutlineWidth, 2f), vector.Dash));
                break;
            case VectorStyle { Outline: { } line } vector:
                canvas.DrawLine(swatch.Left, swatch.MidY, swatch.Right, swatch.MidY, context.Paints.Stroke(line, vector.OutlineWidth, vector.Dash));
                break;
            case RasterStyle raster:
                for (var i = 0; i < (int)swatch.Width; i++)
                {
                    var color = raster.Ramp.ColorAt(i / (swatch.Width - 1f));
                    canvas.DrawRect(new SKRect(swatch.Left + i, swatch.Top, swatch.Left + i + 1, swatch.Bottom), context.Paints.Fill(color.WithAlpha((byte)(color.Alpha * raster.Opacity))));
                }

                break;
            case StyleCollection collection:
                foreach (var part in collection.Styles) DrawSwatch(context, part, swatch);
                break;
            default:
                throw new NotSupportedException($"the legend cannot draw a swatch for a {style.GetType().Name}");
        }
    }
}
