using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace BorderMap.Server.Hosting;

/// <summary>
/// Brotli or gzip for what compresses well: the viewer's scripts and styles (maplibre is 1.1 MB as
/// written, about a quarter of that compressed), JSON and GeoJSON (the basemap), and vector tiles.
/// PNGs, GeoPackages and zips are compressed already and are left alone, and so are the exports. The fastest levels: the
/// server shares two cores with PostgreSQL, and most of the gain comes at the first level.
/// </summary>
internal static class CompressionSetup
{
    private static readonly string[] Compressible =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "text/plain", "image/svg+xml",
        "image/x-icon", "application/json", "application/geo+json", "application/problem+json", "application/schema+json",
        "application/vnd.oai.openapi+json", "application/vnd.mapbox-vector-tile", "application/x-protobuf",
    ];

    public static IServiceCollection AddBorderMapCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = Compressible;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
