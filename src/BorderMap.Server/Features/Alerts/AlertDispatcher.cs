using BorderMap.Data.Alerts;
using BorderMap.Server.Jobs;
using Hangfire;

namespace BorderMap.Server.Features.Alerts;

/// <summary>Enqueues <see cref="DeliverAlert"/> for alerts whose rule has a webhook.</summary>
internal sealed class AlertDispatcher(AlertStore alerts, AlertDeliveryStore deliveries, IBackgroundJobClient jobs, Microsoft.Extensions.Options.IOptions<AlertsOptions> options)
{
    public async Task DispatchAsync(IReadOnlyList<long> alertIds, CancellationToken ct)
    {
        foreach (var alert in await alerts.GetManyAsync(alertIds, ct))
        {
            if (alert.DeliveryState == "pending")
                jobs.Enqueue<DeliverAlert>(job => job.RunAsync(alert.Id, CancellationToken.None));
        }
    }

    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var due = await deliveries.DueAsync(options.Value.Webhooks.RedispatchGrace, ct);
        foreach (var id in due)
            jobs.Enqueue<DeliverAlert>(job => job.RunAsync(id, CancellationToken.None));
        return due.Count;
    }
}
