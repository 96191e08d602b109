using BorderMap.Core.Incidents;
using BorderMap.Rendering.Charts;
using BorderMap.Rendering.Styles;
using BorderMap.Rendering.Tests.Fixtures;
using BorderMap.Rendering.Tests.Support;

namespace BorderMap.Rendering.Tests.Charts;

public sealed class TimelineChartTests
{
    private readonly TimelineChart _chart = new();

    [Fact]
    public void A_single_full_bar_fills_the_middle_of_the_chart_with_its_event_type_colour()
    {
        TimelineBucket[] buckets = [new(new DateOnly(2024, 3, 1), new Dictionary<string, int> { [EventType.Riots.Code] = 10 }, 0)];

        using var pixels = new PngPixels(_chart.RenderToPng(buckets, new TimelineChartOptions { Width = 600, Height = 400 }));

        Assert.Equal(IncidentStyles.ColorFor(EventType.Riots.Code), pixels[300, 240]);
    }

    [Fact]
    public void Event_types_missing_from_the_stack_order_are_still_drawn()
    {
        TimelineBucket[] buckets = [new(new DateOnly(2024, 3, 1), new Dictionary<string, int> { ["fixture_unknown_type"] = 4 }, 0)];

        using var pixels = new PngPixels(_chart.RenderToPng(buckets, new TimelineChartOptions { Width = 600, Height = 400 }));

        Assert.Equal(IncidentStyles.Unclassified.Fill, pixels[300, 240]);
    }

    [Fact]
    public void Rendering_the_same_timeline_twice_gives_identical_png_bytes()
    {
        var first = _chart.RenderToPng(TestTimeline.TwelveMonths(), TestTimeline.Options());
        var second = new TimelineChart().RenderToPng(TestTimeline.TwelveMonths(), TestTimeline.Options());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Buckets_out_of_date_order_are_rejected_naming_the_bucket()
    {
        var empty = new Dictionary<string, int>();
        TimelineBucket[] buckets = [new(new DateOnly(2024, 2, 1), empty, 0), new(new DateOnly(2024, 1, 1), empty, 0)];

        var error = Assert.Throws<ArgumentException>(() => _chart.RenderToPng(buckets));

        Assert.Contains("2024-01-01", error.Message);
    }

    [Fact]
    public void An_empty_timeline_renders_a_no_data_chart_rather_than_failing()
    {
        var png = _chart.RenderToPng([], new TimelineChartOptions { Width = 400, Height = 200 });

        using var pixels = new PngPixels(png);
        Assert.Equal(400, pixels.Width);
    }

    [Fact]
    public void Progress_rises_from_zero_to_one_across_the_buckets()
    {
        var progress = new RecordingProgress();

        _chart.RenderToPng(TestTimeline.TwelveMonths(), TestTimeline.Options(), progress);

        Assert.Equal(0, progress.Reports[0]);
        Assert.Equal(1, progress.Reports[^1]);
        Assert.Equal(progress.Reports.Order(), progress.Reports);
        Assert.Equal(14, progress.Reports.Count);
    }

    [Fact]
    public void Weekly_buckets_render_with_day_and_month_labels()
    {
        var buckets = Enumerable.Range(0, 20).Select(w => new TimelineBucket(
            new DateOnly(2024, 12, 2).AddDays(7 * w),
            new Dictionary<string, int> { [EventType.Battles.Code] = w % 5 },
            w % 3)).ToArray();

        var png = _chart.RenderToPng(buckets, new TimelineChartOptions { BucketSize = TimePrecision.Week, Width = 800, Height = 300 });

        Assert.NotEmpty(png);
    }
}
