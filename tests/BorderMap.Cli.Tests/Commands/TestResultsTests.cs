using BorderMap.Cli.Commands;

namespace BorderMap.Cli.Tests.Commands;

public sealed class TestResultsTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Commands", "Fixtures", name);

    [Fact]
    public void Outcomes_are_summed_over_every_trx_file()
    {
        var results = TestResults.FromTrxFiles([Fixture("one.trx"), Fixture("two.trx")]);
        Assert.Equal(new TestResults(3, 2, 1), results);
        Assert.Equal("3 passed, 2 failed, 1 skipped", results.Summary());
    }

    [Fact]
    public void The_summary_leaves_out_skipped_when_there_are_none()
    {
        Assert.Equal("1 passed, 1 failed", TestResults.FromTrxFiles([Fixture("two.trx")]).Summary());
        Assert.Equal(0, TestResults.FromTrxFiles([]).Total);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.99, 4)]
    [InlineData(new double[] { 5 }, 0.5, 5)]
    public void Percentiles_use_the_nearest_rank(double[] sorted, double p, double expected) =>
        Assert.Equal(expected, BenchListCommand.Percentile(sorted, p));
}
