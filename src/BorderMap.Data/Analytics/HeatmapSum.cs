using System.Diagnostics;
using System.Threading.Channels;
using BorderMap.Core.Analytics;

namespace BorderMap.Data.Analytics;

/// <summary>
/// Sums a heatmap while its points are still streaming from PostGIS: the reader deals the chunks
/// alternately to two summing tasks over small bounded channels, each stamping into a grid of its
/// own, so reading and summing overlap, and the chunks still queued when the read ends are summed on
/// both cores. The two grids are added at the end; which chunk goes to which grid is fixed by its
/// order, so the result is the same on every run.
/// </summary>
internal static class HeatmapSum
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>
    /// The sum over <paramref name="grid"/>; <paramref name="checkCount"/> sees the running count of
    /// points after each chunk is read and may throw to stop the read and the sum.
    /// </summary>
    public static async Task<Heatmap> OverlappedAsync(KdeGrid grid, IAsyncEnumerable<KdePoints> chunks, HeatmapRequest request,
        Action<long> checkCount, CancellationToken ct)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channels = new[] { NewChannel(), NewChannel() };
        var grids = new[] { new double[grid.Columns * grid.Rows], new double[grid.Columns * grid.Rows] };
        var summing = new[] { new Stopwatch(), new Stopwatch() };
        var sums = new[] { 0, 1 }.Select(k => Task.Run(async () =>
        {
            try
            {
                await foreach (var chunk in channels[k].Reader.ReadAllAsync(failed.Token))
                {
                    summing[k].Start();
                    KernelDensity.Accumulate(grid, chunk, request.Kde, grids[k], failed.Token);
                    summing[k].Stop();
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, failed.Token)).ToArray();
        var sum = Task.WhenAll(sums);

        // Reading is timed without the waits for the sum to take a chunk, so Server-Timing's "read"
        // is PostgreSQL + the wire + parsing, and a slow sum shows as "wait", not as a slow read.
        var reading = new Stopwatch();
        var waiting = new Stopwatch();
        var count = 0;
        var dealt = 0;
        var synthetic = false;
        try
        {
            await using var chunk = chunks.GetAsyncEnumerator(failed.Token);
            while (true)
            {
                reading.Start();
                var more = await chunk.MoveNextAsync();
                reading.Stop();
                if (!more) break;
                count += chunk.Current.Count;
                synthetic |= chunk.Current.AnySynthetic;
                checkCount(count);
                waiting.Start();
                await channels[dealt++ % 2].Writer.WriteAsync(chunk.Current, failed.Token);
                waiting.Stop();
            }
        }
        catch (OperationCanceledException) when (sum.IsFaulted)
        {
            // The sum failed and cancelled the read: its error is the one to report.
            await sum;
        }
        finally
        {
            foreach (var channel in channels) channel.Writer.TryComplete();
        }
        waiting.Start();
        await sum;
        var values = grids[0];
        var other = grids[1];
        for (var i = 0; i < values.Length; i++) values[i] += other[i];
        waiting.Stop();
        KernelDensity.Scale(values, request.Kde);
        return new Heatmap(grid, values, count, request.Kde, request.WeightByFatalities)
        {
            ReadTime = reading.Elapsed,
            SumTime = summing[0].Elapsed + summing[1].Elapsed,
            SumWaitTime = waiting.Elapsed,
            Synthetic = synthetic,
        };
    }

    private static Channel<KdePoints> NewChannel() =>
        Channel.CreateBounded<KdePoints>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

    /// <summary>All chunks as one set of points, for a grid that must first see every point's position.</summary>
    public static async Task<KdePoints> CollectAsync(IAsyncEnumerable<KdePoints> chunks, CancellationToken ct)
    {
        var all = new KdePoints(ChunkSize);
        await foreach (var chunk in chunks.WithCancellation(ct))
        {
            for (var i = 0; i < chunk.Count; i++) all.Add(chunk.X[i], chunk.Y[i], chunk.Weight[i]);
            all.AnySynthetic |= chunk.AnySynthetic;
        }
        return all;
    }
}
