using BorderMap.Core.Access;

namespace BorderMap.Server.Hosting.Access;

public static class AccessRules
{
    private const string Read = "GET,HEAD";

    public static readonly IReadOnlyList<AccessRule> Table =
    [
        new(Read, "/healthz", ApiRole.Anonymous),
        new(Read, "/readyz", ApiRole.Anonymous),
        new(Read, "/", ApiRole.Reader, PublicRead: true, Exact: true),
        new(Read, "/viewer/", ApiRole.Reader, PublicRead: true),
        new(Read, "/favicon.ico", ApiRole.Reader, PublicRead: true, Exact: true),
        // the incident list the viewer shows beside the map: the rows OGC serves, newest first (the
        // key names that wrote them are left out for anonymous callers); one incident and its history stay with readers
        new(Read, "/api/v1/incidents", ApiRole.Reader, PublicRead: true, Exact: true),
        new(Read, "/api/v1/incidents/", ApiRole.Reader, PublicRead: true, Exact: true),
        new(Read, "/docs", ApiRole.Reader, PublicRead: true),
        new(Read, "/openapi/", ApiRole.Reader, PublicRead: true),
        new(Read, "/maps/", ApiRole.Reader, PublicRead: true),
        new(Read, "/tiles/", ApiRole.Reader, PublicRead: true),
        new(Read, "/ogc", ApiRole.Reader, PublicRead: true),
        new(Read, "/api/v1/analytics/", ApiRole.Reader, PublicRead: true),
        // the same rows OGC serves, as files: no more open than /ogc itself
        new(Read, "/api/v1/exports/", ApiRole.Reader, PublicRead: true),
        new(Read, "/api/v1/border/", ApiRole.Reader, PublicRead: true),
        new(Read, "/api/v1/basemap", ApiRole.Reader, PublicRead: true),
        new(Read, "/api/v1/gazetteer/", ApiRole.Reader, PublicRead: true),
        new("*", "/api/v1/keys", ApiRole.Admin),
        new("*", "/api/v1/alert-rules", ApiRole.Admin),
        new("*", "/api/v1/alerts:check", ApiRole.Admin),
        new("*", "/api/v1/reprocess", ApiRole.Admin),
        new("*", "/api/v1/jobs", ApiRole.Admin),
        new("*", "/hangfire", ApiRole.Admin),
        new(Read, "/", ApiRole.Reader),
        new("*", "/", ApiRole.Editor),
    ];

    /// <summary>The role a request needs; <paramref name="anonymousRead"/> opens the public reads.</summary>
    public static ApiRole Required(string method, string path, bool anonymousRead)
    {
        var rule = Table.First(r => r.Matches(method, path));
        return rule.PublicRead && anonymousRead ? ApiRole.Anonymous : rule.Role;
    }
}
