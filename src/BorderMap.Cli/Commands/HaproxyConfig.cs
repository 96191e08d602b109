using System.Globalization;
using System.Text;

namespace BorderMap.Cli.Commands;

/// <summary>The layout's HAProxy configuration: round robin over the API nodes, each checked on /readyz.</summary>
internal static class HaproxyConfig
{
    public static string For(int port, IEnumerable<Uri> apiNodes)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $$"""
            # written by `bordermap layout`; deploy/haproxy.cfg is the same for docker compose
            global
                maxconn 4096
            defaults
                mode http
                timeout connect 2s
                timeout client 120s
                timeout server 120s
                # A GET that meets a dead node (refused, or cut before any answer) is sent to
                # another; a write is never sent twice.
                retries 3
                option redispatch 1
                retry-on conn-failure empty-response response-timeout
                option forwardfor
            frontend bordermap
                bind 127.0.0.1:{{port}}
                default_backend api
            backend api
                balance roundrobin
                option httpchk GET /readyz
                http-check expect status 200
                # /readyz asks the database: under a load average of 30+ it took over 1 s and both nodes
                # were marked down at once (bench/RESULTS.md, issue 19), so the check gets 5 s and 3 misses.
                timeout check 5s
                default-server inter 1s fall 3 rise 2

            """));
        var i = 0;
        foreach (var node in apiNodes)
            text.Append(CultureInfo.InvariantCulture, $"    server api-{++i} {node.Host}:{node.Port} check\n");
        return text.ToString();
    }
}
