using BorderMap.Core.Alerts;

namespace BorderMap.Core.Tests.Alerts;

public sealed class AlertWindowTests
{
    [Theory]
    [InlineData("2022-05-08", 1, "2022-05-08", "2022-05-09")]
    [InlineData("1970-01-01", 7, "1970-01-01", "1970-01-08")]
    [InlineData("1970-01-07", 7, "1970-01-01", "1970-01-08")]
    [InlineData("1970-01-08", 7, "1970-01-08", "1970-01-15")]
    [InlineData("1969-12-31", 7, "1969-12-25", "1970-01-01")]
    [InlineData("2024-02-29", 30, "2024-02-17", "2024-03-18")] // day 19,782 = 659 × 30 + 12
    public void A_date_falls_in_the_fixed_window_aligned_to_the_epoch(string date, int days, string start, string end)
    {
        var window = AlertWindow.Containing(DateOnly.Parse(date), days);
        Assert.Equal(DateOnly.Parse(start), window.Start);
        Assert.Equal(DateOnly.Parse(end), window.End);
        Assert.True(window.Contains(DateOnly.Parse(date)));
    }

    [Fact]
    public void Every_day_belongs_to_exactly_one_window_and_consecutive_windows_touch()
    {
        for (var day = new DateOnly(2021, 12, 1); day < new DateOnly(2022, 3, 1); day = day.AddDays(1))
        {
            var window = AlertWindow.Containing(day, 7);
            Assert.Equal(window, AlertWindow.Containing(window.Start, 7));
            Assert.Equal(window.Start, window.Before(1).End);
            Assert.False(window.Before(1).Contains(day));
        }
    }

    [Fact]
    public void A_window_that_does_not_start_on_its_grid_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new AlertWindow(new DateOnly(1970, 1, 2), 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => AlertWindow.Containing(new DateOnly(2020, 1, 1), 0));
    }
}
