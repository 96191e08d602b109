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
