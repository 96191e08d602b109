using System.ComponentModel.DataAnnotations;

namespace BorderMap.Server.Features.Alerts;

internal sealed class WebhookOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    [Range(1, 50)] public int MaxAttempts { get; set; } = 8;
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(2);
    /// <summary>A pending delivery overdue by this much is dispatched again by the next check (its job was lost).</summary>
    public TimeSpan RedispatchGrace { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Loopback, link-local or private addresses webhooks may reach anyway (e.g. "127.0.0.1" for a local receiver).</summary>
    public List<string> AllowedPrivateAddresses { get; set; } = [];
}
