using System.Globalization;
using System.Text.Json;

/// <summary>
/// The CPU time of a Chromium trace by process and thread: the thread time ('tdur') of each task a
/// thread ran (the top-level ThreadControllerImpl::RunTask and ThreadPool_RunTask events). Unlike the
/// wall times, these barely change with the machine's load, so a before/after on a busy machine
/// still shows how much work a change saved. Work outside instrumented tasks (SwiftShader's own
/// threads among it) is not counted.
/// </summary>
internal static class TraceCpu
{
    private static readonly HashSet<string> Tasks = ["ThreadControllerImpl::RunTask", "ThreadPool_RunTask"];

    public static IEnumerable<string> Summary(IReadOnlyList<JsonElement> events)
    {
        var threads = new Dictionary<(long Pid, long Tid), string>();
        var processes = new Dictionary<long, string>();
        foreach (var e in events.Where(e => e.GetProperty("ph").GetString() == "M"))
        {
            var name = e.GetProperty("name").GetString();
            var value = e.TryGetProperty("args", out var args) && args.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            if (name == "thread_name") threads[(e.GetProperty("pid").GetInt64(), e.GetProperty("tid").GetInt64())] = value;
            else if (name == "process_name") processes[e.GetProperty("pid").GetInt64()] = value;
        }
        var cpu = new Dictionary<string, double>();
        foreach (var e in events)
        {
            if (e.GetProperty("ph").GetString() != "X" || !Tasks.Contains(e.GetProperty("name").GetString() ?? "")
                || !e.TryGetProperty("tdur", out var tdur)) continue;
            var pid = e.GetProperty("pid").GetInt64();
            var key = $"{processes.GetValueOrDefault(pid, pid.ToString(CultureInfo.InvariantCulture))} / {threads.GetValueOrDefault((pid, e.GetProperty("tid").GetInt64()), "?")}";
            cpu[key] = cpu.GetValueOrDefault(key) + tdur.GetDouble() / 1000;
        }
        yield return string.Create(CultureInfo.InvariantCulture, $"CPU time in the trace's tasks: {cpu.Values.Sum():F0} ms");
        foreach (var (thread, ms) in cpu.OrderByDescending(c => c.Value).Take(10))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {ms,7:F0} ms  {thread}");
    }
}
