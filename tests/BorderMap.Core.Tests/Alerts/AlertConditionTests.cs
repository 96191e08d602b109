using BorderMap.Core.Alerts;

namespace BorderMap.Core.Tests.Alerts;

public sealed class AlertConditionTests
{
    private static readonly AlertWindow May8 = AlertWindow.Containing(new DateOnly(2022, 5, 8), 1);

    [Theory]
    [InlineData(2, 0, true)]
    [InlineData(1, 0, false)]
    [InlineData(5, 0, true)]
    public void A_window_fires_from_the_minimum_count_on(int count, int fatalities, bool fires) =>
        Assert.Equal(fires, new AlertCondition(2, null, null).Evaluate(new WindowTally(May8, count, fatalities), []).Fires);

    [Fact]
    public void A_minimum_of_fatalities_holds_back_a_window_that_has_the_count_but_not_the_deaths()
    {
        var condition = new AlertCondition(1, 3, null);
        Assert.False(condition.Evaluate(new WindowTally(May8, 4, 2), []).Fires);
        Assert.True(condition.Evaluate(new WindowTally(May8, 4, 3), []).Fires);
    }

    [Theory]
    [InlineData(3, new[] { 2, 2 }, false)] // +50 % is not above 50 %
    [InlineData(4, new[] { 3, 2 }, true)]  // +60 %
    [InlineData(1, new[] { 0, 0 }, true)]  // any count over an empty baseline
    [InlineData(2, new[] { 4, 4 }, false)] // a fall
    public void Rise_mode_fires_only_above_the_percentage_over_the_baseline_mean(int count, int[] previous, bool fires)
    {
        var decision = new AlertCondition(1, null, new RiseOverBaseline(2, 50)).Evaluate(new WindowTally(May8, count, 0), previous);
        Assert.Equal(fires, decision.Fires);
        Assert.Equal(previous.Average(), decision.BaselineAverage);
    }

    [Fact]
    public void Rise_mode_still_needs_the_minimum_count() =>
        Assert.False(new AlertCondition(5, null, new RiseOverBaseline(1, 10)).Evaluate(new WindowTally(May8, 4, 0), [1]).Fires);

    [Fact]
    public void Rise_mode_refuses_a_baseline_of_the_wrong_length() =>
        Assert.Throws<ArgumentException>(() => new AlertCondition(1, null, new RiseOverBaseline(3, 10)).Evaluate(new WindowTally(May8, 4, 0), [1]));
}
