using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using BorderMap.Cluster;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Testing;

namespace BorderMap.Server.Tests.Replicas;

/// <summary>
/// <c>bordermap layout</c> as a person runs it, over a test database: the primary, its streaming
/// replica, two API processes, one worker and HAProxy, all real processes.
/// </summary>
public sealed partial class LayoutRun : FreshDatabase
{
    private readonly StringBuilder _output = new();
    private Process? _cli;

    public string ProxyUrl { get; private set; } = "";
    public Dictionary<string, int> Pids { get; } = [];
    public string Output { get { lock (_output) return _output.ToString(); } }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PostgisReplica.StartAsync();
        var root = DatabaseLocator.CheckoutRoot() ?? throw new InvalidOperationException("tests run inside the checkout");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var cli = Path.Combine(root, "src", "BorderMap.Cli", "bin", configuration, "net10.0", "bordermap.dll");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "layout", "--port", port.ToString(), "--database", new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Database!, "--no-build" },
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment = { ["COLUMNS"] = "400", ["BORDERMAP_HOME"] = root },
        };
        info.Environment.Remove(DatabaseLocator.EnvironmentVariable);
        _cli = Process.Start(info)!;
        _cli.OutputDataReceived += (_, e) => Append(e.Data);
        _cli.ErrorDataReceived += (_, e) => Append(e.Data);
        _cli.BeginOutputReadLine();
        _cli.BeginErrorReadLine();

        await Eventually.WaitAsync(() =>
        {
            if (_cli.HasExited) Assert.Fail($"bordermap layout exited with {_cli.ExitCode}:\n{Output}");
            return Task.FromResult(Output);
        }, output => output.Contains("BorderMap layout is running", StringComparison.Ordinal), "the layout to start", limitSeconds: 240);
        foreach (Match node in NodeLine().Matches(Output)) Pids[node.Groups["name"].Value] = int.Parse(node.Groups["pid"].Value);
        ProxyUrl = $"http://127.0.0.1:{port}";
    }

    public override async Task DisposeAsync()
    {
        if (_cli is { HasExited: false })
        {
            _cli.Kill(entireProcessTree: true);
            await _cli.WaitForExitAsync();
        }
        // The API nodes are the CLI's children; one killed by a test is already gone.
        foreach (var pid in Pids.Values)
        {
            try { Process.GetProcessById(pid).Kill(entireProcessTree: true); }
            catch (ArgumentException) { }
        }
        _cli?.Dispose();
        await base.DisposeAsync();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"layout: (?<name>[a-z]+-\d+|haproxy) pid (?<pid>\d+)")]
    private static partial Regex NodeLine();
}
