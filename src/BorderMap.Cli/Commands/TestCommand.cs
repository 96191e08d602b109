using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

/// <summary>
/// The README's test command: installs what the tests need, runs every test project against the
/// real services they start themselves, and ends with the line "N passed, N failed".
/// </summary>
internal sealed class TestCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken ct)
    {
        var root = CliDatabase.CheckoutRoot();
        await Prerequisites.EnsureInstalledAsync(Prerequisites.TestPackages, ct);

        var results = Path.Combine(root, ".data", "test-results");
        if (Directory.Exists(results)) Directory.Delete(results, recursive: true);

        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "test", Path.Combine(root, "BorderMap.sln"), "-c", "Release", "--nologo",
                "--logger", "trx", "--logger", "console;verbosity=normal", "--results-directory", results,
            },
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet test");
        await process.WaitForExitAsync(ct);

        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories) : [];
        var totals = TestResults.FromTrxFiles(trx);
        // A test project that did not build writes no results: it counts as a failure, never as silence.
        var projects = Directory.GetFiles(Path.Combine(root, "tests"), "*.Tests.csproj", SearchOption.AllDirectories).Length;
        var unrun = Math.Max(0, projects - trx.Length);
        if (unrun > 0) Console.WriteLine($"{unrun} of {projects} test projects wrote no results (did they build?)");
        if (process.ExitCode != 0 && totals.Failed == 0) totals = totals with { Failed = Math.Max(unrun, 1) };
        // The last line is what CI reads; it must be the counts alone.
        Console.WriteLine(totals.Summary());
        return totals.Failed > 0 || totals.Total == 0 || process.ExitCode != 0 ? 1 : 0;
    }
}
