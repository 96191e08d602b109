using System.Diagnostics;

namespace BorderMap.Cluster;

/// <summary>Runs a program to completion and captures its output; optionally as another user via runuser.</summary>
internal static class ProcessRunner
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError)
    {
        public bool Succeeded => ExitCode == 0;
        public string Describe() => $"exit {ExitCode}: {StandardError.Trim()} {StandardOutput.Trim()}".Trim();
    }

    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, string? asUser, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(asUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }
        else
        {
            info.FileName = program;
        }
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        // runuser keeps the environment, so a secret passed here never shows in the process list.
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;

        using var process = Process.Start(info) ?? throw new ClusterException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    public static async Task<string?> OutputOfAsync(string program, params string[] arguments)
    {
        try
        {
            var outcome = await RunAsync(program, arguments, null, CancellationToken.None);
            return outcome.Succeeded ? outcome.StandardOutput.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // program not installed
        }
    }
}
