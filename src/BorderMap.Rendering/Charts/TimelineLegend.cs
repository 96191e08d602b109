using BorderMap.Core.Incidents;
using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Rendering.Charts;

/// <summary>The chart's legend: one swatch per stacked event type, then the fatalities line; wraps.</summary>
internal static class TimelineLegend
{
    private const float Swatch = 12f;
    private const float Gap = 6f;
    private const float ItemGap = 18f;

    /// <summary>Draws the legend from the top of <paramref name="area"/> and returns its bottom.</summary>
    public static float Draw(SKCanvas canvas, PaintCache paints, IReadOnlyList<string> eventTypes, SKRect area)
    {
        var font = paints.Font(11f);
        var text = paints.Fill(TimelineChart.TextColor);
        var rowHeight = Math.Max(font.Spacing, Swatch) + 4f;
        var x = area.Left;
        var y = area.Top;
        var items = eventTypes.Select(code => (Label: EventType.Find(code)?.Label ?? code, Code: (string?)code))
            .Append((Label: "Fatalities (right axis)", Code: null));

        foreach (var (label, code) in items)
        {
            var width = Swatch + Gap + font.MeasureText(label);
            if (x > area.Left && x + width > area.Right)
            {
                x = area.Left;
                y += rowHeight;
            }

            var middle = y + rowHeight / 2f;
            if (code is null)
            {
                canvas.DrawLine(x - 2f, middle, x + Swatch + 2f, middle, paints.Stroke(TimelineChart.FatalitiesColor, 2f));
                canvas.DrawCircle(x + Swatch / 2f, middle, 3.5f, paints.Fill(TimelineChart.FatalitiesColor));
            }
            else
            {
                canvas.DrawRect(SKRect.Create(x, middle - Swatch / 2f, Swatch, Swatch), paints.Fill(IncidentStyles.ColorFor(code)));
            }

            canvas.DrawText(label, x + Swatch + Gap, middle + (-font.Metrics.Ascent - font.Metrics.Descent) / 2f, SKTextAlign.Left, font, text);
            x += width + ItemGap;
        }

        return y + rowHeight;
    }
}
