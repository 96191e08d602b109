using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace BorderMap.Cluster;

/// <summary>
/// A PostgreSQL cluster that belongs to one checkout: created with the system's initdb on first use,
/// started with pg_ctl, listening only on 127.0.0.1 (and a socket inside its data directory) on a
/// port chosen free at creation. PostgreSQL refuses to run as root, so as root every server program
/// runs as the <c>postgres</c> user on a data directory that user owns.
/// </summary>
public sealed partial class PrivateCluster
{
    private const string SuperUser = "bordermap";
    private const string ServiceUser = "postgres";

    private readonly ClusterLayout _layout;
    private readonly PostgresInstallation _installation;
    private readonly Action<string> _report;
    private readonly string? _runAs;

    private PrivateCluster(ClusterLayout layout, PostgresInstallation installation, Action<string> report)
    {
        _layout = layout;
        _installation = installation;
        _report = report;
        _runAs = Environment.IsPrivilegedProcess ? ServiceUser : null;
    }

    public ClusterLayout Layout => _layout;

    public static async Task<PrivateCluster> ForCheckoutAsync(string checkoutRoot, Action<string>? report = null)
    {
        var installation = await PostgresInstallation.LocateAsync();
        var layout = ClusterLayout.ForCheckout(checkoutRoot, serverRunsAsOtherUser: Environment.IsPrivilegedProcess);
        return new PrivateCluster(layout, installation, report ?? (_ => { }));
    }

    /// <summary>A cluster at a layout of the caller's choosing (tests that stop their database use their own).</summary>
    public static async Task<PrivateCluster> AtAsync(ClusterLayout layout, Action<string>? report = null) =>
        new(layout, await PostgresInstallation.LocateAsync(), report ?? (_ => { }));

    /// <summary>Stops the cluster and deletes its files.</summary>
    public async Task DestroyAsync(CancellationToken ct = default)
    {
        await StopAsync(ct);
        if (Directory.Exists(_layout.BaseDirectory)) Directory.Delete(_layout.BaseDirectory, recursive: true);
    }

    /// <summary>Creates and starts the cluster if needed; returns a connection string to <paramref name="database"/>, which exists afterwards with PostGIS and pg_trgm.</summary>
    public async Task<string> EnsureRunningAsync(string database, CancellationToken ct = default)
    {
        await _installation.EnsurePostgisAsync(_report, ct);
        Directory.CreateDirectory(_layout.BaseDirectory);

        // Two processes starting together (tests, a server and the CLI) must not both run initdb.
        await using (var _ = await AcquireFileLockAsync(_layout.LockFile, ct))
        {
            if (!File.Exists(Path.Combine(_layout.DataDirectory, "PG_VERSION")))
                await InitialiseAsync(ct);
            if (!await IsRunningAsync(ct))
                await StartAsync(ct);
        }

        var admin = ConnectionString("postgres");
        await EnsureDatabaseAsync(admin, database, ct);
        return ConnectionString(database);
    }

    public async Task<bool> StopAsync(CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(_layout.DataDirectory, "PG_VERSION")) || !await IsRunningAsync(ct))
            return false;
        var outcome = await PgCtlAsync(["stop", "-D", _layout.DataDirectory, "-m", "fast", "-w", "-t", "60"], ct);
        if (!outcome.Succeeded)
            throw new ClusterException($"pg_ctl stop failed for {_layout.DataDirectory}: {outcome.Describe()}");
        return true;
    }

    public async Task<bool> IsRunningAsync(CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(_layout.DataDirectory, "PG_VERSION"))) return false;
        var outcome = await PgCtlAsync(["status", "-D", _layout.DataDirectory], ct);
        return outcome.ExitCode == 0;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = ReadPort(),
        Username = SuperUser,
        Password = File.ReadAllText(_layout.PasswordFile).Trim(),
        Database = database,
    }.ConnectionString;

    private async Task InitialiseAsync(CancellationToken ct)
    {
        _report($"creating a private PostgreSQL {_installation.MajorVersion} cluster in {_layout.DataDirectory}");
        if (Directory.Exists(_layout.DataDirectory))
            Directory.Delete(_layout.DataDirectory, recursive: true); // a half-made cluster from a crashed initdb

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(_layout.PasswordFile, password);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_layout.PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the password from a file the server user can read; it lives only for the call.
        var pwfile = Path.Combine(_layout.BaseDirectory, $"initdb-{Environment.ProcessId}.pw");
        try
        {
            File.WriteAllText(pwfile, password);
            Directory.CreateDirectory(_layout.DataDirectory);
            if (_runAs is not null)
            {
                await ChownAsync(_layout.DataDirectory, ct);
                await ChownAsync(pwfile, ct);
            }

            var init = await ProcessRunner.RunAsync(_installation.Program("initdb"),
            [
                "-D", _layout.DataDirectory, "-U", SuperUser, "--pwfile", pwfile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions",
            ], _runAs, ct);
            if (!init.Succeeded)
                throw new ClusterException($"initdb failed in {_layout.DataDirectory}: {init.Describe()}");
        }
        finally
        {
            File.Delete(pwfile);
        }

        WriteSettings(FreePort());
        await using var conf = File.AppendText(Path.Combine(_layout.DataDirectory, "postgresql.conf"));
        await conf.WriteLineAsync("include_if_exists = 'bordermap.conf'");
    }

    private async Task StartAsync(CancellationToken ct)
    {
        var port = ReadPort();
        if (!PortIsFree(port))
        {
            port = FreePort();
            _report($"port of the private cluster was taken; moving it to {port}");
            WriteSettings(port);
        }

        _report($"starting the private PostgreSQL cluster on 127.0.0.1:{port}");
        var outcome = await PgCtlAsync(
            ["start", "-D", _layout.DataDirectory, "-l", _layout.ServerLog, "-w", "-t", "120"], ct);
        if (!outcome.Succeeded)
        {
            var tail = File.Exists(_layout.ServerLog) ? string.Join('\n', File.ReadLines(_layout.ServerLog).TakeLast(10)) : "";
            throw new ClusterException($"pg_ctl start failed for {_layout.DataDirectory}: {outcome.Describe()}\n{tail}");
        }
    }

    private void WriteSettings(int port)
    {
        // Parallel query costs more than it saves on a 2-core machine for the small queries an API
        // runs (see bench/RESULTS.md); the other settings keep the cluster private and in UTC.
        File.WriteAllText(_layout.SettingsFile, $"""
            # written by BorderMap's private cluster; edits are overwritten when the port moves
            port = {port}
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{_layout.DataDirectory}'
            timezone = 'UTC'
            log_timezone = 'UTC'
            max_connections = 200
            shared_buffers = '512MB'
            work_mem = '16MB'
            maintenance_work_mem = '256MB'
            random_page_cost = 1.1
            jit = off
            max_parallel_workers_per_gather = 0
            """ + "\n");
        if (_runAs is not null && !OperatingSystem.IsWindows())
            File.SetUnixFileMode(_layout.SettingsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private int ReadPort()
    {
        foreach (var line in File.ReadLines(_layout.SettingsFile))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "port" && int.TryParse(parts[1], out var port))
                return port;
        }
        throw new ClusterException($"{_layout.SettingsFile} names no port");
    }

    private Task<ProcessRunner.Outcome> PgCtlAsync(string[] arguments, CancellationToken ct) =>
        ProcessRunner.RunAsync(_installation.Program("pg_ctl"), arguments, _runAs, ct);

    private static async Task ChownAsync(string path, CancellationToken ct)
    {
        var outcome = await ProcessRunner.RunAsync("chown", ["-R", $"{ServiceUser}:", path], null, ct);
        if (!outcome.Succeeded)
            throw new ClusterException($"chown {path} to {ServiceUser} failed: {outcome.Describe()}");
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        // One-off connections: a pooled one may predate a restart of the cluster and be dead.
        adminConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString;
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin)
            {
                Parameters = { new() { Value = database } },
            };
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                try
                {
                    // Identifiers cannot be parameters; the name is quoted, never glued raw.
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", admin);
                    await create.ExecuteNonQueryAsync(ct);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase || e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    // another process created it between our check and our CREATE
                }
            }
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var extensions = new NpgsqlCommand(
            "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm;", connection);
        try
        {
            await extensions.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // concurrent CREATE EXTENSION from another process; the other one won
        }
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when nothing listens on the loopback port.</summary>
    public static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }
}
