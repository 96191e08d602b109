using System.Diagnostics;
using Spectre.Console;

namespace BorderMap.Cli.Commands;

/// <summary>The Debian packages BorderMap's tests need on a fresh machine, installed when missing.</summary>
internal static class Prerequisites
{
    public static readonly string[] TestPackages =
    [
        "postgresql-15",
        "postgresql-15-postgis-3",
        "gdal-bin", // gdalinfo / ogrinfo: the real GIS client the export and GeoTIFF tests read with
        "chromium", // the browser the web viewer tests drive through Playwright
        "haproxy", // the proxy in front of the multi-node layout the layout tests start
    ];

    /// <summary>What <c>bordermap layout</c> runs besides .NET: PostgreSQL for the primary and its replica, the proxy.</summary>
    public static readonly string[] LayoutPackages = ["postgresql-15", "postgresql-15-postgis-3", "haproxy"];

    public static async Task EnsureInstalledAsync(IReadOnlyList<string> packages, CancellationToken ct)
    {
        var missing = new List<string>();
        foreach (var package in packages)
        {
            if (!await IsInstalledAsync(package, ct)) missing.Add(package);
        }
        // The server build restores the viewer's npm packages. A machine with Node.js from
        // elsewhere (NodeSource, nvm) already has npm; only a machine without any gets Debian's.
        if (!OnPath("npm")) missing.AddRange(["nodejs", "npm"]);
        if (missing.Count == 0) return;

        var command = $"apt-get update && apt-get install -y {string.Join(' ', missing)}";
        if (!Environment.IsPrivilegedProcess)
            throw new InvalidOperationException($"missing Debian packages: {string.Join(", ", missing)}. Run: sudo sh -c '{command}'");

        AnsiConsole.MarkupLineInterpolated($"[grey]installing {string.Join(", ", missing)}[/]");
        await UpCommand.RunToEndAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update", "-qq"], ct);
        await UpCommand.RunToEndAsync("env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq", "--no-install-recommends", .. missing], ct);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static async Task<bool> IsInstalledAsync(string package, CancellationToken ct)
    {
        var info = new ProcessStartInfo("dpkg-query", ["-W", "-f=${Status}", package])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return process.ExitCode == 0 && output.Contains("install ok installed", StringComparison.Ordinal);
    }
}
