using BorderMap.Core.Analytics;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Tests.Analytics;

public sealed class AnalyticsRequestTests
{
    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Query(string text) =>
        text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p[0], [Uri.UnescapeDataString(p[1])]));

    [Fact]
    public void A_heatmap_defaults_to_QGIS_defaults_a_quartic_kernel_with_raw_values_and_leaves_precision_3_out()
    {
        var request = HeatmapRequest.Parse(Query("from=2024-01-01"));

        Assert.Equal(KernelShape.Quartic, request.Kde.Shape);
        Assert.Equal(KernelOutput.Raw, request.Kde.Output);
        Assert.Equal(GeoPrecision.District, request.Filter.MinPrecision);
        Assert.False(request.WeightByFatalities);
    }

    [Fact]
    public void IncludePrecision3_keeps_the_province_level_incidents()
    {
        var request = HeatmapRequest.Parse(Query("includePrecision3=true"));

        Assert.Equal(GeoPrecision.ProvinceOrBorder, request.Filter.MinPrecision);
    }

    [Theory]
    [InlineData("radiusM=0", "radiusM")]
    [InlineData("radiusM=-5", "radiusM")]
    [InlineData("radiusM=200001", "radiusM")]
    [InlineData("radiusM=NaN", "radiusM")]
    [InlineData("kernel=gaussian", "kernel")]
    [InlineData("width=4097", "width")]
    [InlineData("height=5000", "height")]
    [InlineData("pixelM=0.5", "pixelM")]
    [InlineData("pixelM=100&width=200", "pixelM")]
    [InlineData("output=normalised", "output")]
    [InlineData("weight=injured", "weight")]
    [InlineData("format=jpeg", "format")]
    [InlineData("limit=10", "limit")]
    [InlineData("radiusKm=3", "near")]
    [InlineData("bogus=1", "bogus")]
    public void A_bad_heatmap_parameter_is_named_in_the_errors(string query, string field)
    {
        var e = Assert.Throws<InputValidationException>(() => HeatmapRequest.Parse(Query(query)));

        Assert.True(e.Errors.Has(field), string.Join("; ", e.Errors.ToDictionary().Keys));
        Assert.Equal(400, e.Status);
    }

    [Fact]
    public void Every_bad_parameter_is_reported_at_once()
    {
        var e = Assert.Throws<InputValidationException>(() => HeatmapRequest.Parse(Query("radiusM=0&kernel=box&from=yesterday")));

        Assert.Equal(["from", "kernel", "radiusM"], e.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void The_segment_change_needs_both_ends_of_the_period_and_the_previous_period_has_the_same_length()
    {
        Assert.True(Assert.Throws<InputValidationException>(() => SegmentChangeRequest.Parse(Query("from=2024-03-01"))).Errors.Has("to"));

        var request = SegmentChangeRequest.Parse(Query("from=2024-03-01&to=2024-03-31"));

        Assert.Equal((new DateOnly(2024, 1, 30), new DateOnly(2024, 2, 29)), request.PreviousPeriod());
    }

    [Fact]
    public void A_timeline_names_an_unknown_interval_or_split()
    {
        var e = Assert.Throws<InputValidationException>(() => TimelineRequest.Parse(Query("interval=year&splitBy=actor")));

        Assert.True(e.Errors.Has("interval") && e.Errors.Has("splitBy"));
    }

    [Fact]
    public void Weeks_start_on_Monday_and_empty_buckets_are_filled()
    {
        TimelineRow[] rows = [new(new DateOnly(2024, 1, 1), "battles", 2, 1), new(new DateOnly(2024, 1, 15), null, 1, 0)];

        var buckets = Timeline.Fill(rows, TimePrecision.Week, new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 21));

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 8), new DateOnly(2024, 1, 15)], buckets.Select(b => b.Start));
        Assert.Equal([2L, 0L, 1L], buckets.Select(b => b.Incidents));
        Assert.Equal(Timeline.Unknown, buckets[2].Groups[0].Key);
        Assert.Equal(new DateOnly(2024, 1, 7), buckets[0].End);
    }
}
