using BorderMap.Core.Analytics;
using BorderMap.Core.Queries;
using BorderMap.Data.Analytics;

namespace BorderMap.Data.Tests.Analytics;

public sealed class HeatmapSumTests
{
    private static async IAsyncEnumerable<KdePoints> Chunks(IEnumerable<KdePoints> chunks)
    {
        foreach (var chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }

    [Fact]
    public async Task Chunks_dealt_to_two_sums_give_the_grid_one_pass_over_all_points_gives_and_the_same_on_every_run()
    {
        var random = new Random(3);
        var grid = new KdeGrid(500_000, 4_200_000, 1_000, 1_000, 120, 90);
        var all = new KdePoints();
        var chunks = Enumerable.Range(0, 7).Select(_ =>
        {
            var chunk = new KdePoints();
            for (var i = 0; i < 500; i++)
            {
                var (x, y, w) = (500_000 + random.NextDouble() * 120_000, 4_110_000 + random.NextDouble() * 90_000, 1 + random.Next(3));
                chunk.Add(x, y, w);
                all.Add(x, y, w);
            }
            return chunk;
        }).ToList();
        var kde = new KdeOptions(12_000, KernelShape.Quartic, KernelOutput.Scaled);
        var request = new HeatmapRequest(new IncidentQuery(), kde, new GridSize(1_000, null, null), false, BorderMap.Core.Incidents.GeoPrecision.District, HeatmapFormat.Json);

        var expected = KernelDensity.Compute(grid, all, kde);
        var first = await HeatmapSum.OverlappedAsync(grid, Chunks(chunks), request, _ => { }, CancellationToken.None);
        var second = await HeatmapSum.OverlappedAsync(grid, Chunks(chunks), request, _ => { }, CancellationToken.None);

        Assert.Equal(3500, first.Incidents);
        var max = expected.Max();
        Assert.True(max > 0);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(first.Values[i] - expected[i]) <= 1e-12 * max, $"cell {i}: {first.Values[i]} against {expected[i]}");
        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public async Task The_sum_stops_with_the_count_checks_refusal_once_too_many_points_have_streamed()
    {
        var grid = new KdeGrid(500_000, 4_200_000, 1_000, 1_000, 120, 90);
        var request = new HeatmapRequest(new IncidentQuery(), new KdeOptions(12_000), new GridSize(1_000, null, null), false,
            BorderMap.Core.Incidents.GeoPrecision.District, HeatmapFormat.Json);
        var budget = new AnalyticsBudget(MaxKernelCells: 1_000 * AnalyticsBudget.KernelCells(grid, 12_000), MaxHexagonPairs: 1);
        var streamed = 0;
        async IAsyncEnumerable<KdePoints> Endless()
        {
            while (true)
            {
                var chunk = new KdePoints();
                for (var i = 0; i < 100; i++) chunk.Add(540_000 + i * 100, 4_150_000, 1);
                streamed++;
                await Task.Yield();
                yield return chunk;
            }
        }

        var refused = await Assert.ThrowsAsync<BorderMap.Core.Validation.InputValidationException>(() =>
            HeatmapSum.OverlappedAsync(grid, Endless(), request, count => budget.CheckHeatmap(request, grid, count, estimated: false), CancellationToken.None));

        Assert.Equal(422, refused.Status);
        Assert.Equal(11, streamed);
    }
}
