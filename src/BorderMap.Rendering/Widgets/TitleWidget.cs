using System.Globalization;
using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

/// <summary>The map's title and, beneath it, a subtitle such as the date range shown.</summary>
public sealed class TitleWidget : Widget
{
    public TitleWidget(string title, string? subtitle = null)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("a title widget needs a title", nameof(title)) : title;
        Subtitle = subtitle;
    }

    public string Title { get; }

    public string? Subtitle { get; }

    public float TitleSize { get; init; } = 20f;

    public float SubtitleSize { get; init; } = 13f;

    /// <summary>A subtitle for a date range, spelled the same whatever the server's culture.</summary>
    public static string DateRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"date range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        var culture = CultureInfo.InvariantCulture;
        return $"{from.ToString("d MMM yyyy", culture)} – {to.ToString("d MMM yyyy", culture)}";
    }
}

public sealed class TitleWidgetRenderer : IWidgetRenderer
{
    private const float Padding = 10f;

    public void Draw(RenderContext context, IWidget widget)
    {
        var title = (TitleWidget)widget;
        var titleFont = context.Paints.Font(title.TitleSize, bold: true);
        var subtitleFont = context.Paints.Font(title.SubtitleSize);
        var width = titleFont.MeasureText(title.Title);
        var height = titleFont.Spacing;
        if (title.Subtitle is { } subtitle)
        {
            width = Math.Max(width, subtitleFont.MeasureText(subtitle));
            height += subtitleFont.Spacing;
        }

        var rect = Widget.Place(widget, new SKSize(MathF.Ceiling(width + 2 * Padding), MathF.Ceiling(height + 2 * Padding)), context.Viewport);
        WidgetPanel.Draw(context, rect);
        var y = rect.Top + Padding - titleFont.Metrics.Ascent;
        context.Canvas.DrawText(title.Title, rect.Left + Padding, y, SKTextAlign.Left, titleFont, context.Paints.Fill(WidgetPanel.Text));
        if (title.Subtitle is { } text)
        {
            y += titleFont.Metrics.Descent - subtitleFont.Metrics.Ascent + 3f;
            context.Canvas.DrawText(text, rect.Left + Padding, y, SKTextAlign.Left, subtitleFont, context.Paints.Fill(WidgetPanel.SecondaryText));
        }
    }
}
