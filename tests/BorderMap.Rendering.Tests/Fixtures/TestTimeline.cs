using BorderMap.Core.Incidents;
using BorderMap.Rendering.Charts;

namespace BorderMap.Rendering.Tests.Fixtures;

/// <summary>Twelve made-up monthly buckets for chart tests; the counts are a fixed pattern, not data.</summary>
internal static class TestTimeline
{
    public static IReadOnlyList<TimelineBucket> TwelveMonths()
    {
        var codes = EventType.All.Select(t => t.Code).ToArray();
        return Enumerable.Range(0, 12).Select(month =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var t = 0; t < codes.Length; t++)
            {
                // A deterministic, varied pattern: each type peaks in a different month.
                counts[codes[t]] = (month * (t + 3) + t * 5) % 9;
            }

            return new TimelineBucket(new DateOnly(2024, month + 1, 1), counts, (month * 7 + 3) % 23);
        }).ToArray();
    }

    public static TimelineChartOptions Options() => new()
    {
        Title = "TEST FIXTURE — incidents per month",
        Subtitle = "Made-up counts for the renderer tests · 1 Jan 2024 – 31 Dec 2024",
        Width = 960,
        Height = 420,
        BucketSize = TimePrecision.Month,
        SourceNote = "Source: test fixture",
    };
}
