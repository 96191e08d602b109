using BorderMap.Core.Alerts;

namespace BorderMap.Core.Tests.Alerts;

public sealed class RuleWindowsTests
{
    private static AlertWindow Day(int d) => AlertWindow.Containing(new DateOnly(2022, 5, d), 1);

    [Fact]
    public void Only_candidates_that_meet_the_rule_fire_oldest_first()
    {
        var rule = new RuleWindows(new AlertCondition(2, null, null), 1);
        rule.Add(new WindowTally(Day(9), 3, 0));
        rule.Add(new WindowTally(Day(8), 2, 0));
        rule.Add(new WindowTally(Day(10), 1, 0));

        var firing = rule.Firing([Day(10), Day(9), Day(8), Day(9)]);

        Assert.Equal([Day(8), Day(9)], firing.Select(f => f.Tally.Window));
    }

    [Fact]
    public void Baseline_windows_outside_what_was_counted_are_asked_for_and_windows_in_a_complete_stretch_are_empty()
    {
        var rule = new RuleWindows(new AlertCondition(1, null, new RiseOverBaseline(3, 50)), 1);
        rule.MarkCompleteFrom(Day(7).Start);
        rule.Add(new WindowTally(Day(8), 4, 0));

        Assert.Equal([Day(5), Day(6)], rule.MissingBaselines([Day(8)]));
        rule.Add(new WindowTally(Day(5), 3, 0));
        rule.Add(new WindowTally(Day(6), 3, 0));

        var fired = Assert.Single(rule.Firing([Day(8)]));
        Assert.Equal(2, fired.Decision.BaselineAverage); // (0 + 3 + 3) / 3, 7 May being empty
    }

    [Fact]
    public void A_window_that_was_never_counted_cannot_be_decided() =>
        Assert.Throws<InvalidOperationException>(() => new RuleWindows(new AlertCondition(1, null, null), 1).Firing([Day(8)]));
}
