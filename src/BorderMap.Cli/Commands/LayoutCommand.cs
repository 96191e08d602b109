using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using BorderMap.Cluster;
using BorderMap.Data;
using BorderMap.Data.Migrations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// Several nodes on this machine, on real parts: the private cluster as primary, a streaming replica
/// of it, API nodes (<c>--role api</c>) reading from the replica, workers (<c>--role worker</c>) and
/// Debian's HAProxy in front, checking each node's /readyz. In the foreground until Ctrl+C.
/// </summary>
internal sealed class LayoutCommand : AsyncCommand<LayoutCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("Where the proxy listens on 127.0.0.1.")]
        [DefaultValue(5090)]
        public int Port { get; init; } = 5090;

        [CommandOption("--api-nodes <N>")]
        [Description("How many API processes the proxy balances over.")]
        [DefaultValue(2)]
        public int ApiNodes { get; init; } = 2;

        [CommandOption("--workers <N>")]
        [Description("How many job processes share the queue.")]
        [DefaultValue(1)]
        public int Workers { get; init; } = 1;

        [CommandOption("--database <NAME>")]
        [Description("The database in the private cluster (the tests use their own).")]
        [DefaultValue(DatabaseLocator.DefaultDatabase)]
        public string Database { get; init; } = DatabaseLocator.DefaultDatabase;

        [CommandOption("--no-build")]
        [Description("Run the server as last built (the tests build it first).")]
        public bool NoBuild { get; init; }

        [CommandOption("--no-samples")]
        [Description("Do not load the sample incidents.")]
        public bool NoSamples { get; init; }

        public override ValidationResult Validate() =>
            ApiNodes is < 1 or > 8 ? ValidationResult.Error("--api-nodes must be from 1 to 8")
            : Workers is < 0 or > 8 ? ValidationResult.Error("--workers must be from 0 to 8")
            : Port is < 1 or > 65535 ? ValidationResult.Error("--port must be a TCP port")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var root = CliDatabase.CheckoutRoot();
        if (!PrivateCluster.PortIsFree(settings.Port))
            throw new InvalidOperationException($"127.0.0.1:{settings.Port} is taken; choose the proxy's port with --port");
        await Prerequisites.EnsureInstalledAsync(Prerequisites.LayoutPackages, ct);
        // SIGTERM (a service manager, kill) stops the nodes as Ctrl+C does.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        ct = stop.Token;
        var folder = Path.Combine(root, ".data", "layout", settings.Database);
        Directory.CreateDirectory(folder);

        void Report(string message) => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]");
        var cluster = await PrivateCluster.ForCheckoutAsync(root, Report);
        var primary = await cluster.EnsureRunningAsync(settings.Database, ct);
        await using (var dataSource = BorderMapDataSource.Create(primary, "bordermap-cli"))
        {
            await Migrator.MigrateAsync(dataSource, ct);
            if (!settings.NoSamples) Report($"sample data: {await SampleData.LoadAsync(dataSource, root, ct)}");
        }
        var replica = (await cluster.EnsureReplicaAsync(ct)).ConnectionString(settings.Database);

        if (!settings.NoBuild)
        {
            Report("building the server");
            await UpCommand.RunToEndAsync("dotnet", ["build", Path.Combine(root, "src", "BorderMap.Server", "BorderMap.Server.csproj"),
                "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly;NoSummary"], ct);
        }

        var processes = new List<LayoutProcess>();
        try
        {
            var apis = new List<LayoutProcess>();
            for (var i = 1; i <= settings.ApiNodes; i++)
                apis.Add(StartServer(root, folder, $"api-{i}", "api", primary, replica, processes));
            for (var i = 1; i <= settings.Workers; i++)
                StartServer(root, folder, $"worker-{i}", "worker", primary, replica, processes);
            foreach (var process in processes)
            {
                await process.WaitUntilReadyAsync(LogOf(folder, process.Name), ct);
                AnsiConsole.MarkupLineInterpolated($"layout: {process.Name} pid {process.Id} {process.Url}");
            }

            var config = Path.Combine(folder, "haproxy.cfg");
            await File.WriteAllTextAsync(config, HaproxyConfig.For(settings.Port, apis.Select(a => new Uri(a.Url))), ct);
            var proxyUrl = $"http://127.0.0.1:{settings.Port}";
            var proxy = LayoutProcess.Start("haproxy", proxyUrl, new ProcessStartInfo("haproxy", ["-db", "-f", config]), LogOf(folder, "haproxy"));
            processes.Add(proxy);
            await proxy.WaitUntilReadyAsync(LogOf(folder, "haproxy"), ct);
            AnsiConsole.MarkupLineInterpolated($"layout: haproxy pid {proxy.Id} {proxyUrl}");
            AnsiConsole.MarkupLineInterpolated($"[green bold]BorderMap layout is running: {proxyUrl}/[/]  (logs and haproxy.cfg in {folder}; stop with Ctrl+C, then 'bordermap down')");

            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var process in processes) process.Dispose();
        }
        return 0;
    }

    private static LayoutProcess StartServer(string root, string folder, string name, string role, string primary, string replica, List<LayoutProcess> processes)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(root, "src", "BorderMap.Server", "bin", "Release", "net10.0", "BorderMap.Server.dll"), "--role", role, "--urls", url },
            WorkingDirectory = Path.Combine(root, "src", "BorderMap.Server"),
            Environment =
            {
                ["ConnectionStrings__BorderMap"] = primary,
                ["ConnectionStrings__BorderMapReplicas__0"] = replica,
                ["BORDERMAP_HOME"] = root,
            },
        };
        info.Environment.Remove(DatabaseLocator.EnvironmentVariable);
        var process = LayoutProcess.Start(name, url, info, LogOf(folder, name));
        processes.Add(process);
        return process;
    }

    private static string LogOf(string folder, string name) => Path.Combine(folder, $"{name}.log");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
