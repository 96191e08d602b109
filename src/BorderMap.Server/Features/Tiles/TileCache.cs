using System.Collections.Concurrent;
using System.Security.Cryptography;
using BorderMap.Core.Queries;
using BorderMap.Data.Tiles;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Features.Tiles;

/// <summary>A built tile and its strong ETag (a hash of the bytes).</summary>
internal sealed record CachedTile(byte[] Bytes, string ETag);

/// <summary>
/// Keeps recently built incident tiles in memory, keyed by layer, address, filters and the incidents
/// table's change counter, so a tile is rebuilt only after incidents changed. A dense low-zoom tile
/// aggregates a quarter of a million rows (about half a second); served from here it costs a lookup.
/// The counter moves before the change commits, so a tile built in that instant could be cached
/// stale: entries also expire after a minute, the same freshness the Cache-Control header promises.
/// Concurrent requests for the same missing tile share one build. <c>Tiles:MemoryCache=false</c>
/// builds every tile (to measure building them).
/// </summary>
internal sealed class TileCache(TileStore store, IOptions<TilesOptions> options) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const long MaxBytes = 128L * 1024 * 1024;

    private readonly MemoryCache _tiles = new(new MemoryCacheOptions { SizeLimit = MaxBytes });
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedTile>>> _building = new(StringComparer.Ordinal);

    public async Task<CachedTile> GetAsync(TileLayer layer, TileAddress address, IncidentQuery filters, CancellationToken ct)
    {
        if (!layer.Filterable || !options.Value.MemoryCache)
            return Seal(await store.TileAsync(layer, address, filters, options.Value.MaxPointsPerTile, ct));

        var version = await store.IncidentDataVersionAsync(ct);
        var key = $"{layer.Id}|{address}|{filters.FilterFingerprint()}|{version}";
        if (_tiles.TryGetValue(key, out CachedTile? cached)) return cached!;

        var build = _building.GetOrAdd(key, k => new Lazy<Task<CachedTile>>(() => BuildAsync(k, layer, address, filters)));
        return await build.Value.WaitAsync(ct);
    }

    private async Task<CachedTile> BuildAsync(string key, TileLayer layer, TileAddress address, IncidentQuery filters)
    {
        try
        {
            // Not the first caller's token: other requests wait on this build too.
            var tile = Seal(await store.TileAsync(layer, address, filters, options.Value.MaxPointsPerTile, CancellationToken.None));
            _tiles.Set(key, tile, new MemoryCacheEntryOptions { Size = tile.Bytes.Length + 256, AbsoluteExpirationRelativeToNow = Lifetime });
            return tile;
        }
        finally
        {
            _building.TryRemove(key, out _);
        }
    }

    private static CachedTile Seal(byte[] bytes) => new(bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}\"");

    public void Dispose() => _tiles.Dispose();
}
