using System.ComponentModel.DataAnnotations;

namespace BorderMap.Server.Jobs;

/// <summary>Hangfire and job settings (section <c>Jobs</c>); defaults suit production, tests shorten the intervals.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    [Range(1, 64)] public int WorkerCount { get; set; } = 4;
    /// <summary>How often an idle worker looks for a new job in PostgreSQL.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How often scheduled jobs (delivery retries) and recurring jobs are looked at.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>
    /// With the sliding timeout a running job's claim is renewed while its worker lives, so this
    /// only decides how soon a job whose worker died is taken up again (issue 17: five minutes of a
    /// reprocess showing frozen progress). 30 s, plus a queue poll, resumes it within a minute.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);
    [Range(10, 100_000)] public int ReprocessBatchSize { get; set; } = 1000;
    [Required] public string ReprocessCron { get; set; } = "30 2 * * *";
    [Required] public string AggregatesCron { get; set; } = "15 * * * *";
    /// <summary>How often reports still waiting for extraction are looked for (their job was lost).</summary>
    [Required] public string WaitingReportsCron { get; set; } = "*/10 * * * *";
    /// <summary>A report waiting this long for extraction is enqueued again.</summary>
    public TimeSpan ReportWaitLimit { get; set; } = TimeSpan.FromMinutes(10);
}

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
