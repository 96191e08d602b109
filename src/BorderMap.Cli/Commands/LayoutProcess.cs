using System.Diagnostics;

namespace BorderMap.Cli.Commands;

/// <summary>One process of the layout (an API node, a worker, the proxy): started with its output appended to a log file.</summary>
internal sealed class LayoutProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private LayoutProcess(string name, string url, Process process, StreamWriter log)
    {
        Name = name;
        Url = url;
        _process = process;
        _log = log;
    }

    public string Name { get; }
    public string Url { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    public static LayoutProcess Start(string name, string url, ProcessStartInfo info, string logFile)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {name} ({info.FileName})");
        var started = new LayoutProcess(name, url, process, log);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits until <c>{Url}/readyz</c> answers 200; fails if the process exits first.</summary>
    public async Task WaitUntilReadyAsync(string logFile, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} stopped during start-up (exit {_process.ExitCode}); see {logFile}");
            try
            {
                using var response = await http.GetAsync($"{Url}/readyz", ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new InvalidOperationException($"{Name} was not ready at {Url}/readyz within 3 minutes; see {logFile}");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            try { _log.WriteLine(line); }
            catch (ObjectDisposedException) { }
        }
    }
}
