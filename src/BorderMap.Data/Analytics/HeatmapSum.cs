using System.Diagnostics;
using System.Threading.Channels;
using BorderMap.Core.Analytics;

namespace BorderMap.Data.Analytics;

/// <summary>
/// Sums a heatmap while its points are still streaming from PostGIS: the reader hands chunks over a
/// small bounded channel and one task stamps them, so reading and summing overlap on two cores.
/// </summary>
internal static class HeatmapSum
{
    public const int ChunkSize = 64 * 1024;

    public static async Task<Heatmap> OverlappedAsync(KdeGrid grid, IAsyncEnumerable<KdePoints> chunks, HeatmapRequest request, CancellationToken ct)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<KdePoints>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var values = new double[grid.Columns * grid.Rows];
        var summing = new Stopwatch();
        var sum = Task.Run(async () =>
        {
            try
            {
                await foreach (var chunk in channel.Reader.ReadAllAsync(failed.Token))
                {
                    summing.Start();
                    KernelDensity.Accumulate(grid, chunk, request.Kde, values, failed.Token);
                    summing.Stop();
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, failed.Token);

        // Reading is timed without the waits for the sum to take a chunk, so Server-Timing's "read"
        // is PostgreSQL + the wire + parsing, and a slow sum shows as "wait", not as a slow read.
        var reading = new Stopwatch();
        var waiting = new Stopwatch();
        var count = 0;
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
                waiting.Start();
                await channel.Writer.WriteAsync(chunk.Current, failed.Token);
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
            channel.Writer.TryComplete();
        }
        waiting.Start();
        await sum;
        waiting.Stop();
        KernelDensity.Scale(values, request.Kde);
        return new Heatmap(grid, values, count, request.Kde, request.WeightByFatalities)
        {
            ReadTime = reading.Elapsed,
            SumTime = summing.Elapsed,
            SumWaitTime = waiting.Elapsed,
        };
    }

    /// <summary>All chunks as one set of points, for a grid that must first see every point's position.</summary>
    public static async Task<KdePoints> CollectAsync(IAsyncEnumerable<KdePoints> chunks, CancellationToken ct)
    {
        var all = new KdePoints(ChunkSize);
        await foreach (var chunk in chunks.WithCancellation(ct))
        {
            for (var i = 0; i < chunk.Count; i++) all.Add(chunk.X[i], chunk.Y[i], chunk.Weight[i]);
        }
        return all;
    }
}
