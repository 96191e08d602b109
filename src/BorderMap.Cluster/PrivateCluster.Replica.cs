namespace BorderMap.Cluster;

/// <summary>A streaming replica of the private cluster, for tests and the local multi-node layout.</summary>
public sealed partial class PrivateCluster
{
    /// <summary>Where this cluster's replica lives: beside its data, so the server user reaches it as it reaches the primary's.</summary>
    public ClusterLayout ReplicaLayout => new(Path.Combine(_layout.BaseDirectory, "replica"));

    /// <summary>
    /// Makes a fresh streaming replica of this (running) cluster with <c>pg_basebackup -R</c> — a
    /// standby.signal and the primary's connection in its configuration — on a port of its own
    /// chosen free as the primary's was, starts it and returns it. A replica left from before is
    /// destroyed first: it may have fallen further behind than the primary keeps WAL for.
    /// </summary>
    public async Task<PrivateCluster> CreateReplicaAsync(CancellationToken ct = default)
    {
        var replica = new PrivateCluster(ReplicaLayout, _installation, _report);
        await replica.DestroyAsync(ct);
        Directory.CreateDirectory(replica._layout.BaseDirectory);
        File.Copy(_layout.PasswordFile, replica._layout.PasswordFile, overwrite: true);
        Directory.CreateDirectory(replica._layout.DataDirectory);
        if (_runAs is not null) await ChownAsync(replica._layout.DataDirectory, ct);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(replica._layout.DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        _report($"copying the private cluster into a streaming replica in {replica._layout.DataDirectory}");
        var backup = await ProcessRunner.RunAsync(_installation.Program("pg_basebackup"),
        [
            "-h", "127.0.0.1", "-p", ReadPort().ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", SuperUser,
            "-D", replica._layout.DataDirectory, "-R", "-X", "stream", "-c", "fast", "--no-password",
        ], _runAs, ct, new Dictionary<string, string> { ["PGPASSWORD"] = File.ReadAllText(_layout.PasswordFile).Trim() });
        if (!backup.Succeeded)
            throw new ClusterException($"pg_basebackup into {replica._layout.DataDirectory} failed: {backup.Describe()}");

        // The copy carries the primary's port, socket folder and log; the replica gets its own.
        var copiedLog = replica._layout.ServerLog;
        if (File.Exists(copiedLog)) File.Delete(copiedLog);
        replica.WriteSettings(FreePort());
        await replica.StartAsync(ct);
        return replica;
    }

    /// <summary>This cluster's replica: the one made before, started if stopped, else a new one.</summary>
    public async Task<PrivateCluster> EnsureReplicaAsync(CancellationToken ct = default)
    {
        if (!File.Exists(Path.Combine(ReplicaLayout.DataDirectory, "standby.signal"))) return await CreateReplicaAsync(ct);
        var replica = new PrivateCluster(ReplicaLayout, _installation, _report);
        await replica.StartIfStoppedAsync(ct);
        return replica;
    }

    /// <summary>Starts the cluster when it is stopped (a replica after <see cref="StopAsync"/>); never creates one.</summary>
    public async Task StartIfStoppedAsync(CancellationToken ct = default)
    {
        if (!await IsRunningAsync(ct)) await StartAsync(ct);
    }
}
