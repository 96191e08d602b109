using System.Globalization;
using BorderMap.Rendering.Widgets;

namespace BorderMap.Rendering.Tests.Widgets;

public sealed class TitleWidgetTests
{
    [Fact]
    public void Date_range_subtitle_is_spelled_the_same_in_any_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
            Assert.Equal("1 Jan 2024 – 31 Mar 2024", TitleWidget.DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_date_range_that_ends_before_it_starts_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => TitleWidget.DateRange(new DateOnly(2024, 3, 1), new DateOnly(2024, 1, 1)));
    }
}
