using BorderMap.Core.Analytics;
using BorderMap.Rendering.Charts;

namespace BorderMap.Rendering.Scenes;

/// <summary>The timeline chart of a brief from the analytics timeline split by event type.</summary>
public static class TimelineScene
{
    public static (IReadOnlyList<TimelineBucket> Buckets, TimelineChartOptions Options) Build(
        IReadOnlyList<TimelineBucketTotals> totals, IncidentSummary summary, MapRequest request)
    {
        var buckets = totals.Select(b => new TimelineBucket(b.Start,
            b.Groups.ToDictionary(g => g.Key, g => (int)g.Incidents, StringComparer.Ordinal),
            (int)b.Fatalities)).ToList();
        var options = new TimelineChartOptions
        {
            Title = HeatmapMapScene.Title("Incidents on the Tajik–Afghan border", summary),
            Subtitle = HeatmapMapScene.DateRange(request, summary),
            Width = request.Width,
            Height = request.Height,
            BucketSize = request.Interval,
            SourceNote = "BorderMap · incidents per " + request.Interval.ToString().ToLowerInvariant(),
        };
        return (buckets, options);
    }
}
