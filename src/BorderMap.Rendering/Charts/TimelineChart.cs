using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Rendering.Charts;

/// <summary>
/// A timeline for a brief: incidents per bucket as bars stacked by event type (the map's
/// Okabe–Ito colours), fatalities as a line on a secondary axis, dated ticks, legend and title.
/// Stateless and safe to share; the same input always gives the same PNG bytes.
/// </summary>
public sealed class TimelineChart
{
    internal static readonly SKColor FatalitiesColor = new(0x1A, 0x1A, 0x1A);
    internal static readonly SKColor TextColor = new(0x1A, 0x1A, 0x1A);
    internal static readonly SKColor SecondaryTextColor = new(0x55, 0x55, 0x55);
    private static readonly SKColor s_gridColor = new(0xE4, 0xE4, 0xE4);
    private const float Margin = 16f;

    public byte[] RenderToPng(IReadOnlyList<TimelineBucket> buckets, TimelineChartOptions? options = null, IProgress<double>? progress = null)
    {
        using var buffer = new MemoryStream();
        RenderToPng(buckets, buffer, options, progress);
        return buffer.ToArray();
    }

    public void RenderToPng(IReadOnlyList<TimelineBucket> buckets, Stream output, TimelineChartOptions? options = null, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new TimelineChartOptions();
        if (options.Width < 200 || options.Height < 150)
            throw new ArgumentOutOfRangeException(nameof(options), $"a timeline of {options.Width}×{options.Height} is too small to label; use at least 200×150");
        var info = new SKImageInfo(options.Width, options.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not make a {info.Width}×{info.Height} surface");
        Render(surface.Canvas, buckets, options, progress);
        PngEncoding.Encode(surface, output);
    }

    /// <summary>Draws the chart onto a canvas whose origin is the chart's top-left corner.</summary>
    public void Render(SKCanvas canvas, IReadOnlyList<TimelineBucket> buckets, TimelineChartOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(options);
        for (var i = 1; i < buckets.Count; i++)
        {
            if (buckets[i].Start <= buckets[i - 1].Start)
                throw new ArgumentException($"timeline buckets must be in ascending date order; bucket {i} ({buckets[i].Start:yyyy-MM-dd}) is not after bucket {i - 1} ({buckets[i - 1].Start:yyyy-MM-dd})", nameof(buckets));
        }

        progress?.Report(0);
        using var paints = new PaintCache();
        canvas.Clear(options.BackColor);
        var eventTypes = StackOrder(buckets, options.EventTypeOrder);

        var y = DrawTitle(canvas, paints, options);
        y = TimelineLegend.Draw(canvas, paints, eventTypes, new SKRect(Margin, y + 8f, options.Width - Margin, options.Height));

        var tickFont = paints.Font(11f);
        var counts = AxisTicks.For(buckets.Select(b => (double)b.Total).DefaultIfEmpty(0).Max());
        // The fatalities axis gets as many intervals as the counts axis so both share gridlines.
        var fatalStep = AxisTicks.For(buckets.Select(b => (double)b.Fatalities).DefaultIfEmpty(0).Max(), counts.Count).Step;
        var fatalities = new AxisTicks(fatalStep, fatalStep * counts.Count);
        var leftLabelWidth = tickFont.MeasureText(Format(counts.Max));
        var rightLabelWidth = tickFont.MeasureText(Format(fatalities.Max));
        var plot = new SKRect(
            Margin + 18f + leftLabelWidth + 6f,
            y + 14f,
            options.Width - Margin - 18f - rightLabelWidth - 6f,
            options.Height - Margin - 2 * tickFont.Spacing - (options.SourceNote is null ? 0 : tickFont.Spacing));

        DrawValueAxes(canvas, paints, plot, counts, fatalities);
        if (buckets.Count == 0)
        {
            canvas.DrawText("No incidents in this period", plot.MidX, plot.MidY, SKTextAlign.Center, paints.Font(14f), paints.Fill(SecondaryTextColor));
        }
        else
        {
            var slot = plot.Width / buckets.Count;
            DrawBars(canvas, paints, buckets, eventTypes, plot, slot, counts.Max, progress);
            DrawFatalities(canvas, paints, buckets, plot, slot, fatalities.Max);
            TimelineDateAxis.Draw(canvas, paints, buckets, options.BucketSize, plot, slot);
        }

        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, paints.Stroke(TextColor, 1f));
        if (options.SourceNote is { } note)
        {
            canvas.DrawText(note, options.Width - Margin, options.Height - Margin / 2, SKTextAlign.Right, paints.Font(10f), paints.Fill(SecondaryTextColor));
        }

        progress?.Report(1);
    }

    internal static string Format(double value) => value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The configured order, then any other codes in the data (sorted), so nothing is dropped.</summary>
    private static IReadOnlyList<string> StackOrder(IReadOnlyList<TimelineBucket> buckets, IReadOnlyList<string> configured)
    {
        var extra = buckets.SelectMany(b => b.CountsByEventType.Where(kv => kv.Value > 0).Select(kv => kv.Key))
            .Where(code => !configured.Contains(code, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. configured, .. extra];
    }

    private static float DrawTitle(SKCanvas canvas, PaintCache paints, TimelineChartOptions options)
    {
        var titleFont = paints.Font(18f, bold: true);
        var y = Margin - titleFont.Metrics.Ascent;
        canvas.DrawText(options.Title, Margin, y, SKTextAlign.Left, titleFont, paints.Fill(TextColor));
        y += titleFont.Metrics.Descent;
        if (options.Subtitle is { } subtitle)
        {
            var subtitleFont = paints.Font(12f);
            y += 4f - subtitleFont.Metrics.Ascent;
            canvas.DrawText(subtitle, Margin, y, SKTextAlign.Left, subtitleFont, paints.Fill(SecondaryTextColor));
            y += subtitleFont.Metrics.Descent;
        }

        return y;
    }

    private static void DrawValueAxes(SKCanvas canvas, PaintCache paints, SKRect plot, AxisTicks counts, AxisTicks fatalities)
    {
        var font = paints.Font(11f);
        var grid = paints.Stroke(s_gridColor, 1f);
        var countText = paints.Fill(SecondaryTextColor);
        var fatalText = paints.Fill(FatalitiesColor);
        var textMiddle = (-font.Metrics.Ascent - font.Metrics.Descent) / 2f;
        for (var i = 0; i <= counts.Count; i++)
        {
            var y = MathF.Round(plot.Bottom - plot.Height * i / counts.Count) + 0.5f;
            if (i > 0) canvas.DrawLine(plot.Left, y, plot.Right, y, grid);
            canvas.DrawText(Format(counts.Step * i), plot.Left - 6f, y + textMiddle, SKTextAlign.Right, font, countText);
            canvas.DrawText(Format(fatalities.Step * i), plot.Right + 6f, y + textMiddle, SKTextAlign.Left, font, fatalText);
        }

        var titleFont = paints.Font(11f, bold: true);
        DrawRotated(canvas, "Incidents", Margin + 10f, plot.MidY, -90f, titleFont, countText);
        DrawRotated(canvas, "Fatalities", plot.Right + 6f + font.MeasureText(Format(fatalities.Max)) + 12f, plot.MidY, 90f, titleFont, fatalText);
    }

    private static void DrawRotated(SKCanvas canvas, string text, float x, float y, float degrees, SKFont font, SKPaint paint)
    {
        canvas.Save();
        canvas.RotateDegrees(degrees, x, y);
        canvas.DrawText(text, x, y, SKTextAlign.Center, font, paint);
        canvas.Restore();
    }

    private static void DrawBars(SKCanvas canvas, PaintCache paints, IReadOnlyList<TimelineBucket> buckets, IReadOnlyList<string> eventTypes, SKRect plot, float slot, double max, IProgress<double>? progress)
    {
        var barWidth = Math.Min(slot * 0.72f, 64f);
        var separator = paints.Stroke(SKColors.White, 0.75f);
        for (var i = 0; i < buckets.Count; i++)
        {
            var left = plot.Left + slot * i + (slot - barWidth) / 2f;
            var stacked = 0;
            foreach (var code in eventTypes)
            {
                if (!buckets[i].CountsByEventType.TryGetValue(code, out var count) || count <= 0) continue;
                var bottom = plot.Bottom - (float)(plot.Height * stacked / max);
                stacked += count;
                var top = plot.Bottom - (float)(plot.Height * stacked / max);
                var segment = new SKRect(left, top, left + barWidth, bottom);
                canvas.DrawRect(segment, paints.Fill(IncidentStyles.ColorFor(code)));
                canvas.DrawRect(segment, separator);
            }

            progress?.Report((i + 1.0) / (buckets.Count + 1));
        }
    }

    private static void DrawFatalities(SKCanvas canvas, PaintCache paints, IReadOnlyList<TimelineBucket> buckets, SKRect plot, float slot, double max)
    {
        using var line = new SKPath();
        for (var i = 0; i < buckets.Count; i++)
        {
            var point = new SKPoint(plot.Left + slot * (i + 0.5f), plot.Bottom - (float)(plot.Height * buckets[i].Fatalities / max));
            if (i == 0) line.MoveTo(point);
            else line.LineTo(point);
        }

        // A white casing keeps the line readable where it crosses dark bars.
        canvas.DrawPath(line, paints.Stroke(SKColors.White, 4f));
        canvas.DrawPath(line, paints.Stroke(FatalitiesColor, 2f));
        var dot = paints.Fill(FatalitiesColor);
        var ring = paints.Stroke(SKColors.White, 1.5f);
        for (var i = 0; i < buckets.Count; i++)
        {
            var x = plot.Left + slot * (i + 0.5f);
            var y = plot.Bottom - (float)(plot.Height * buckets[i].Fatalities / max);
            canvas.DrawCircle(x, y, 3.5f, dot);
            canvas.DrawCircle(x, y, 3.5f, ring);
        }
    }
}
