using System.Net;
using System.Net.Sockets;
using BorderMap.Server.Jobs;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Features.Alerts;

/// <summary>
/// Keeps webhooks off the server's own network: loopback, link-local, private, carrier-grade NAT,
/// unspecified and multicast addresses are refused unless listed in
/// <c>Alerts:Webhooks:AllowedPrivateAddresses</c>. Checked when a rule is saved and again on every
/// connection (a name can resolve differently later).
/// </summary>
internal sealed class WebhookAddressPolicy(IOptions<AlertsOptions> options)
{
    private readonly HashSet<IPAddress> _allowed = options.Value.Webhooks.AllowedPrivateAddresses
        .Select(a => IPAddress.TryParse(a, out var ip) ? ip : throw new InvalidOperationException($"Alerts:Webhooks:AllowedPrivateAddresses: '{a}' is not an IP address"))
        .ToHashSet();

    public bool Allows(IPAddress address) => _allowed.Contains(Normalise(address)) || !IsInternal(address);

    /// <summary>Why a URL may not be a webhook, or null when it may.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken ct)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, ct);
        }
        catch (SocketException e)
        {
            return $"its host '{url.Host}' does not resolve ({e.SocketErrorCode})";
        }
        if (addresses.Length == 0) return $"its host '{url.Host}' does not resolve";
        var refused = addresses.FirstOrDefault(a => !Allows(a));
        return refused is null ? null
            : $"its host resolves to {refused}, a loopback, link-local or private address that webhooks may not reach unless it is listed in Alerts:Webhooks:AllowedPrivateAddresses";
    }

    public static bool IsInternal(IPAddress address)
    {
        var a = Normalise(address);
        if (IPAddress.IsLoopback(a) || a.Equals(IPAddress.Any) || a.Equals(IPAddress.IPv6Any) || a.Equals(IPAddress.Broadcast)) return true;
        if (a.AddressFamily == AddressFamily.InterNetworkV6)
            return a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast || (a.GetAddressBytes()[0] & 0xFE) == 0xFC; // fc00::/7
        var b = a.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] <= 127,        // 100.64.0.0/10 carrier-grade NAT
            169 => b[1] == 254,                       // link-local, cloud metadata
            172 => b[1] >= 16 && b[1] <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            198 => b[1] == 18 || b[1] == 19,          // benchmarking
            >= 224 => true,                           // multicast and reserved
            _ => false,
        };
    }

    private static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
