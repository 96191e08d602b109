namespace BorderMap.Server.Hosting;

/// <summary>
/// The server's address as the client reached it (scheme, host and path base of the request), for
/// the absolute links documents carry: OGC links, TileJSON tile URLs, the MapLibre style, the QGIS
/// project. Forwarded headers are not read: behind a proxy, the proxy must pass the original Host.
/// </summary>
internal static class RequestOrigin
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
