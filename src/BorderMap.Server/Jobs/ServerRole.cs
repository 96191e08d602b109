namespace BorderMap.Server.Jobs;

/// <summary>
/// What one server process does, from <c>--role api|worker|all</c> (default all): <c>api</c> serves
/// HTTP and enqueues jobs, <c>worker</c> runs jobs (and answers health checks), <c>all</c> does both.
/// Any number of workers may share one database.
/// </summary>
internal enum ServerRole
{
    All,
    Api,
    Worker,
}

internal static class ServerRoles
{
    public static ServerRole Parse(IConfiguration configuration)
    {
        var text = configuration["role"];
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => ServerRole.All,
            "api" => ServerRole.Api,
            "worker" => ServerRole.Worker,
            _ => throw new InvalidOperationException($"--role '{text}' is not a server role; use api, worker or all"),
        };
    }

    public static bool ServesApi(this ServerRole role) => role is ServerRole.All or ServerRole.Api;

    public static bool RunsJobs(this ServerRole role) => role is ServerRole.All or ServerRole.Worker;
}
