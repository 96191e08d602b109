using BorderMap.Core.Incidents;
using SkiaSharp;

namespace BorderMap.Rendering.Charts;

/// <summary>How a timeline chart is laid out and labelled.</summary>
public sealed record TimelineChartOptions
{
    public string Title { get; init; } = "Incidents over time";

    /// <summary>E.g. the area and date range; null for none.</summary>
    public string? Subtitle { get; init; }

    public int Width { get; init; } = 1200;

    public int Height { get; init; } = 480;

    /// <summary>How long each bucket is; decides how the date axis is labelled.</summary>
    public TimePrecision BucketSize { get; init; } = TimePrecision.Month;

    /// <summary>
    /// Stacking order, bottom first. Codes found in the data but not listed here are stacked
    /// above these, in code order, so no counts are silently dropped.
    /// </summary>
    public IReadOnlyList<string> EventTypeOrder { get; init; } = EventType.All.Select(t => t.Code).ToArray();

    public SKColor BackColor { get; init; } = SKColors.White;

    /// <summary>Shown at the bottom right: where the counts come from.</summary>
    public string? SourceNote { get; init; }
}
