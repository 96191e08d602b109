using System.Globalization;
using BorderMap.Core.Incidents;
using SkiaSharp;

namespace BorderMap.Rendering.Charts;

/// <summary>
/// Date labels under the bars: month names (or day and month) on the first line, the year on a
/// second line where it starts or changes, thinned so labels never overlap.
/// </summary>
internal static class TimelineDateAxis
{
    public static void Draw(SKCanvas canvas, PaintCache paints, IReadOnlyList<TimelineBucket> buckets, TimePrecision bucketSize, SKRect plot, float slot)
    {
        var font = paints.Font(11f);
        var text = paints.Fill(TimelineChart.SecondaryTextColor);
        var tick = paints.Stroke(TimelineChart.SecondaryTextColor, 1f);
        var culture = CultureInfo.InvariantCulture;
        var format = bucketSize == TimePrecision.Month ? "MMM" : "d MMM";
        var widest = buckets.Max(b => font.MeasureText(b.Start.ToString(format, culture)));
        var every = Math.Max(1, (int)MathF.Ceiling((widest + 10f) / slot));

        var firstLine = plot.Bottom + 6f - font.Metrics.Ascent;
        var secondLine = firstLine + font.Spacing;
        for (var i = 0; i < buckets.Count; i += every)
        {
            var x = plot.Left + slot * (i + 0.5f);
            canvas.DrawLine(x, plot.Bottom, x, plot.Bottom + 4f, tick);
            var start = buckets[i].Start;
            canvas.DrawText(start.ToString(format, culture), x, firstLine, SKTextAlign.Center, font, text);
            var yearChanged = i == 0 || buckets[i - every].Start.Year != start.Year;
            if (yearChanged) canvas.DrawText(start.Year.ToString(culture), x, secondLine, SKTextAlign.Center, font, text);
        }
    }
}
