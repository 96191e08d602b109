namespace BorderMap.Cluster;

/// <summary>The system's PostgreSQL server programs and whether PostGIS is installed for them.</summary>
public sealed record PostgresInstallation(string BinDirectory, int MajorVersion, string ShareDirectory)
{
    public string Program(string name) => Path.Combine(BinDirectory, name);

    public bool HasPostgis => File.Exists(Path.Combine(ShareDirectory, "extension", "postgis.control"));

    public string PostgisPackage => $"postgresql-{MajorVersion}-postgis-3";

    /// <summary>
    /// Finds initdb/pg_ctl: first through <c>pg_config --bindir</c>, then the newest
    /// <c>/usr/lib/postgresql/*/bin</c> (Debian puts the server there, off PATH).
    /// </summary>
    public static async Task<PostgresInstallation> LocateAsync()
    {
        var candidates = new List<string>();
        if (await ProcessRunner.OutputOfAsync("pg_config", "--bindir") is { Length: > 0 } bindir)
            candidates.Add(bindir);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        foreach (var bin in candidates.Distinct())
        {
            if (!File.Exists(Path.Combine(bin, "initdb")) || !File.Exists(Path.Combine(bin, "pg_ctl")))
                continue;
            // The bin directory's own pg_config knows its share directory; the client package's may not.
            var pgConfig = Path.Combine(bin, "pg_config");
            var share = await ProcessRunner.OutputOfAsync(File.Exists(pgConfig) ? pgConfig : "pg_config", "--sharedir");
            var version = await ProcessRunner.OutputOfAsync(Path.Combine(bin, "initdb"), "--version");
            var major = ParseMajor(version);
            share ??= $"/usr/share/postgresql/{major}";
            return new PostgresInstallation(bin, major, share);
        }

        throw new ClusterException(
            "PostgreSQL server programs (initdb, pg_ctl) were not found. Install them with: " +
            "sudo apt-get update && sudo apt-get install -y postgresql-15 postgresql-15-postgis-3");
    }

    /// <summary>Installs PostGIS with apt-get when running as root; otherwise explains the exact command.</summary>
    public async Task EnsurePostgisAsync(Action<string> report, CancellationToken ct)
    {
        if (HasPostgis) return;
        var command = $"apt-get update && apt-get install -y {PostgisPackage}";
        if (!Environment.IsPrivilegedProcess)
            throw new ClusterException($"PostGIS is not installed. Run: sudo sh -c '{command}'  and start again.");

        report($"PostGIS is missing; installing {PostgisPackage} with apt-get");
        var update = await ProcessRunner.RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update", "-qq"], null, ct);
        if (!update.Succeeded)
            throw new ClusterException($"apt-get update failed ({update.Describe()}); run: {command}");
        var install = await ProcessRunner.RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq", PostgisPackage], null, ct);
        if (!install.Succeeded || !HasPostgis)
            throw new ClusterException($"installing {PostgisPackage} failed ({install.Describe()}); run: {command}");
    }

    private static int ParseMajor(string? versionLine)
    {
        // "initdb (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
        var token = versionLine?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(t => t.Length > 0 && char.IsDigit(t[0]));
        return token is not null && int.TryParse(token.Split('.')[0], out var major) ? major : 15;
    }
}
