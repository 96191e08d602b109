using BorderMap.Rendering.Charts;

namespace BorderMap.Rendering.Tests.Charts;

public sealed class AxisTicksTests
{
    [Theory]
    [InlineData(30, 5, 10, 30)]
    [InlineData(31, 5, 10, 40)]
    [InlineData(3, 5, 1, 3)]
    [InlineData(0, 5, 1, 1)]
    [InlineData(7, 5, 2, 8)]
    [InlineData(1234, 5, 250, 1250)]
    public void Count_axes_get_round_integer_steps_that_cover_the_data(double max, int maxTicks, double step, double axisMax)
    {
        var ticks = AxisTicks.For(max, maxTicks);

        Assert.Equal(step, ticks.Step);
        Assert.Equal(axisMax, ticks.Max);
        Assert.True(ticks.Count <= maxTicks);
    }

    [Fact]
    public void A_negative_maximum_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AxisTicks.For(-1));
    }
}
