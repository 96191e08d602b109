using BorderMap.Data.Routing;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Hosting.Replicas;

/// <summary>Probes every replica every <see cref="ReplicaOptions.ProbeIntervalMilliseconds"/>; logs when one changes health.</summary>
internal sealed class ReplicaMonitor(DatabaseRoutes routes, IOptions<ReplicaOptions> options, TimeProvider clock, ILogger<ReplicaMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.ProbeIntervalMilliseconds);
        var within = interval < TimeSpan.FromSeconds(2) ? TimeSpan.FromSeconds(2) : interval;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await Task.WhenAll(routes.Replicas.Select(replica => ProbeAsync(replica, within, stoppingToken)));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task ProbeAsync(ReadReplica replica, TimeSpan within, CancellationToken ct)
    {
        var before = replica.State.Health;
        var state = await replica.ProbeAsync(options.Value.MaxLagSeconds, within, clock, ct);
        if (state.Health != before)
            logger.LogInformation("Replica {Replica} is now {Health} (lag {LagSeconds} s{Problem})", replica.Name, state.Health, state.LagSeconds,
                state.Problem is { } problem ? $"; {problem}" : "");
    }
}
