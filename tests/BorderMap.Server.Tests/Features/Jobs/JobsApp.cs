using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Jobs;

/// <summary>
/// The real server with its Hangfire worker over a fresh database, with polling intervals and
/// webhook backoff shortened so jobs run promptly, the scheduled alert check pushed out of the way
/// (tests run checks through the API), every window evaluated, and 127.0.0.1 allowed as a webhook host.
/// </summary>
public class JobsApp : BorderMapApp
{
    public static Dictionary<string, string?> FastJobs(string role = "all") => new()
    {
        ["role"] = role,
        ["Jobs:QueuePollInterval"] = "00:00:00.200",
        ["Jobs:SchedulePollingInterval"] = "00:00:00.500",
        ["Jobs:InvisibilityTimeout"] = "00:00:05",
        ["Jobs:WorkerCount"] = "2",
        ["Alerts:CheckCron"] = "0 0 1 1 *",
        ["Alerts:LookbackDays"] = "0",
        ["Alerts:Webhooks:AllowedPrivateAddresses:0"] = "127.0.0.1",
        ["Alerts:Webhooks:BackoffBase"] = "00:00:00.200",
        ["Alerts:Webhooks:BackoffMax"] = "00:00:01",
        ["Alerts:Webhooks:Timeout"] = "00:00:05",
        ["Alerts:Webhooks:MaxAttempts"] = "4",
    };

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = FastJobs();
}

/// <summary>The same server in the api role only: jobs it enqueues wait for worker processes.</summary>
public sealed class ApiOnlyApp : JobsApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = FastJobs("api");
}

public static class Eventually
{
    /// <summary>
    /// Waits for something asynchronous (a job, a delivery) to become true. The limit is a safety net
    /// against a hung test, far above what the work needs; no assertion is made about how long it took.
    /// </summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int limitSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(limitSeconds);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) Assert.Fail($"gave up waiting for {what}; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
