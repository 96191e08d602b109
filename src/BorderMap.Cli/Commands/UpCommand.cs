using System.ComponentModel;
using System.Diagnostics;
using BorderMap.Cluster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// The README's run command: private PostGIS up, schema migrated, sample data loaded, then the
/// server in the foreground until Ctrl+C.
/// </summary>
internal sealed class UpCommand : AsyncCommand<UpCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where the server listens.")]
        [DefaultValue("http://127.0.0.1:5080")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        var root = CliDatabase.CheckoutRoot();
        await Prerequisites.EnsureInstalledAsync([], ct); // npm for the viewer's packages, if no Node.js is installed
        var connectionString = await CliDatabase.ConnectionStringAsync(ct);
        await using (var dataSource = await CliDatabase.OpenMigratedAsync(ct))
        {
            var loaded = await SampleData.LoadAsync(dataSource, root, ct);
            AnsiConsole.MarkupLineInterpolated($"[grey]sample data: {loaded}[/]");
        }

        var project = Path.Combine(root, "src", "BorderMap.Server", "BorderMap.Server.csproj");
        AnsiConsole.MarkupLine("[grey]building the server[/]");
        await RunToEndAsync("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly;NoSummary"], ct);

        var server = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(root, "src", "BorderMap.Server", "bin", "Release", "net10.0", "BorderMap.Server.dll"), "--urls", settings.Urls },
            WorkingDirectory = Path.Combine(root, "src", "BorderMap.Server"),
            UseShellExecute = false,
            Environment = { [DatabaseLocator.EnvironmentVariable] = connectionString },
        };
        using var process = Process.Start(server) ?? throw new InvalidOperationException("could not start the server");
        await WaitUntilReadyAsync(settings.Urls.Split(';')[0], process, ct);
        AnsiConsole.MarkupLineInterpolated($"[green bold]BorderMap is running: {settings.Urls.Split(';')[0]}/[/]  (API reference: /docs; stop with Ctrl+C, then 'bordermap down')");

        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        return process.HasExited ? process.ExitCode : 0;
    }

    private static async Task WaitUntilReadyAsync(string baseUrl, Process process, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the server stopped during start-up (exit {process.ExitCode})");
            try
            {
                using var response = await http.GetAsync($"{baseUrl}/readyz", ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(300, ct);
        }
        throw new InvalidOperationException($"the server did not become ready at {baseUrl}/readyz within 2 minutes");
    }

    internal static async Task RunToEndAsync(string program, string[] arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}");
    }
}
