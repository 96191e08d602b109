using System.Diagnostics;
using System.Text;
using BorderMap.Cluster;
using Npgsql;

namespace BorderMap.Server.Tests.Features.Jobs;

/// <summary>The real server binary started as a child process in the worker role over a test database.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static WorkerProcess Start(string connectionString, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var root = DatabaseLocator.CheckoutRoot() ?? throw new InvalidOperationException("tests run inside the checkout");
        // The tests and the server are built with the same configuration (Debug or Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var binary = Path.Combine(root, "src", "BorderMap.Server", "bin", configuration, "net10.0", "BorderMap.Server.dll");
        Assert.True(File.Exists(binary), $"the server binary is not at {binary}");

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(binary);
        var settings = JobsApp.FastJobs("worker");
        settings["urls"] = "http://127.0.0.1:0";
        settings["ConnectionStrings:BorderMap"] = connectionString;
        // A null value removes a setting of FastJobs, so the worker runs with the server's default.
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            if (value is null) settings.Remove(key);
            else settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}");
            info.ArgumentList.Add(value ?? "");
        }
        info.Environment.Remove(DatabaseLocator.EnvironmentVariable);
        info.Environment["BORDERMAP_HOME"] = root;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server binary");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until the worker's Hangfire server (named host:pid) is registered in the database.</summary>
    public async Task WaitUntilServingAsync(string connectionString)
    {
        await Eventually.WaitAsync(async () =>
        {
            if (_process.HasExited) Assert.Fail($"the worker exited with {_process.ExitCode}:\n{Output}");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM hangfire.server WHERE id ILIKE '%:' || $1 || ':%'", connection);
            command.Parameters.AddWithValue(_process.Id.ToString());
            try { return (long)(await command.ExecuteScalarAsync())!; }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return 0L; }
        }, n => n > 0, $"worker {_process.Id} to register", limitSeconds: 90);
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
