using System.ComponentModel.DataAnnotations;

namespace BorderMap.Server.Features.Alerts;

/// <summary>Alert checks and webhook delivery (section <c>Alerts</c>).</summary>
internal sealed class AlertsOptions
{
    public const string Section = "Alerts";

    [Required] public string CheckCron { get; set; } = "*/5 * * * *";
    /// <summary>Windows older than this many days are never evaluated; 0 evaluates all history.</summary>
    [Range(0, 36_500)] public int LookbackDays { get; set; } = 365;
    /// <summary>Incidents written this long before a rule's last evaluation still count as new, for transactions open during it.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);
    public WebhookOptions Webhooks { get; set; } = new();
}
