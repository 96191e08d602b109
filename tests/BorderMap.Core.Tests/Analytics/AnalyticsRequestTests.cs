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
    public void A_timeline_names_an_unknown_interval_split_or_way_of_counting_coarse_dates()
    {
        var e = Assert.Throws<InputValidationException>(() => TimelineRequest.Parse(Query("interval=year&splitBy=actor&coarseDates=first")));

        Assert.True(e.Errors.Has("interval") && e.Errors.Has("splitBy") && e.Errors.Has("coarseDates"));
    }

    [Fact]
    public void Hotspots_default_to_the_observed_study_area_with_fdr_and_without_precision_3()
    {
        var plain = HotspotRequest.Parse(Query(""));
        var asked = HotspotRequest.Parse(Query("studyArea=grid&fdr=false&includePrecision3=true"));

        Assert.Equal((HotspotStudyArea.Observed, true, GeoPrecision.District), (plain.StudyArea, plain.Fdr, plain.Filter.MinPrecision));
        Assert.Equal((HotspotStudyArea.Grid, false, GeoPrecision.ProvinceOrBorder), (asked.StudyArea, asked.Fdr, asked.Filter.MinPrecision));
        Assert.Equal(GeoPrecision.Place, HotspotRequest.Parse(Query("minPrecision=1&includePrecision3=true")).Filter.MinPrecision);
        Assert.Null(plain.ReadFilter.From ?? plain.ReadFilter.To);
        Assert.Equal(asked.Filter, asked.ReadFilter);
    }

    [Fact]
    public void Weeks_start_on_Monday_and_empty_buckets_are_filled()
    {
        TimelineRow[] rows = [new(new DateOnly(2024, 1, 3), TimePrecision.Day, "battles", 2, 1), new(new DateOnly(2024, 1, 15), TimePrecision.Day, null, 1, 0)];

        var buckets = Timeline.Fill(rows, TimePrecision.Week, new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 21)).Buckets;

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 8), new DateOnly(2024, 1, 15)], buckets.Select(b => b.Start));
        Assert.Equal([2.0, 0, 1], buckets.Select(b => b.Incidents));
        Assert.Equal(Timeline.Unknown, buckets[2].Groups[0].Key);
        Assert.Equal(new DateOnly(2024, 1, 7), buckets[0].End);
    }

    [Fact]
    public void The_first_and_last_buckets_cut_by_the_period_are_partial_with_the_days_they_cover()
    {
        TimelineRow[] rows = [new(new DateOnly(2024, 2, 20), TimePrecision.Day, "battles", 1, 0)];

        var buckets = Timeline.Fill(rows, TimePrecision.Month, new DateOnly(2024, 1, 10), new DateOnly(2024, 3, 5)).Buckets;

        Assert.Equal([(true, 22), (false, 29), (true, 5)], buckets.Select(b => (b.Partial, b.Days)));
        Assert.False(Timeline.Fill(rows, TimePrecision.Month, null, null).Buckets.Single().Partial);
    }

    [Fact]
    public void Coarse_dates_counted_at_their_own_precision_never_land_in_a_finer_bucket()
    {
        TimelineRow[] rows =
        [
            new(new DateOnly(2024, 1, 8), TimePrecision.Week, "battles", 1, 0),    // 8–14 January: inside January
            new(new DateOnly(2024, 1, 29), TimePrecision.Week, "battles", 1, 2),   // 29 January – 4 February: across two months
            new(new DateOnly(2024, 3, 1), TimePrecision.Month, "riots", 3, 0),     // March: not in the week of 26 February
        ];

        var months = Timeline.Fill(rows, TimePrecision.Month, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
        var weeks = Timeline.Fill(rows, TimePrecision.Week, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));

        Assert.Equal([1.0, 0, 3], months.Buckets.Select(b => b.Incidents));
        var week = Assert.Single(months.Coarser);
        Assert.Equal((new DateOnly(2024, 1, 29), new DateOnly(2024, 2, 4), TimePrecision.Week, 1.0, 2.0), (week.Start, week.End, week.Precision, week.Incidents, week.Fatalities));
        Assert.Equal(2, weeks.Buckets.Sum(b => b.Incidents));
        var march = Assert.Single(weeks.Coarser);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), 3.0), (march.Start, march.End, march.Incidents));
        Assert.Equal(5, weeks.Incidents);
    }

    [Fact]
    public void Spread_coarse_dates_share_each_incident_evenly_over_its_days_inside_the_period()
    {
        TimelineRow[] rows = [new(new DateOnly(2024, 3, 1), TimePrecision.Month, "battles", 1, 31)];

        var whole = Timeline.Fill(rows, TimePrecision.Week, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), CoarseDates.Spread);
        var half = Timeline.Fill(rows, TimePrecision.Week, new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 31), CoarseDates.Spread);

        Assert.Equal([3 / 31.0, 7 / 31.0, 7 / 31.0, 7 / 31.0, 7 / 31.0], whole.Buckets.Select(b => b.Incidents));
        Assert.Equal([3.0, 7, 7, 7, 7], whole.Buckets.Select(b => b.Fatalities));
        Assert.Equal(1, whole.Incidents, 1e-12);
        Assert.Empty(whole.Coarser);
        Assert.Equal(17 / 31.0, half.Incidents, 1e-12);
        Assert.Equal((true, 3), (half.Buckets[0].Partial, half.Buckets[0].Days)); // Friday 15 to Sunday 17 March
    }
}
