using System.Collections.Concurrent;
using System.Security.Cryptography;
using BorderMap.Core.Queries;
using BorderMap.Data.Routing;
using BorderMap.Data.Tiles;
using Microsoft.Extensions.Caching.Memory;
using BorderMap.Server.Hosting.Replicas;
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
/// With read replicas the counter is read on the primary, with its WAL position, and the tile is
/// built on a replica only once that replica has replayed the position (else on the primary): a
/// replica's own copy of the counter runs up to 32 changes ahead of what it holds (a sequence is
/// WAL-logged in steps), so keyed by it a tile could be cached stale. Every node keys the same
/// tile by the same counter and hashes the same bytes: caches and ETags agree across nodes.
/// </summary>
internal sealed class TileCache(DatabaseRoutes routes, IOptions<TilesOptions> options) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const long MaxBytes = 128L * 1024 * 1024;

    private readonly MemoryCache _tiles = new(new MemoryCacheOptions { SizeLimit = MaxBytes });
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedTile>>> _building = new(StringComparer.Ordinal);

    public async Task<CachedTile> GetAsync(TileLayer layer, TileAddress address, IncidentQuery filters, CancellationToken ct)
    {
        if (!layer.Filterable || !options.Value.MemoryCache)
        {
            var source = await routes.ForReadAsync(null, ct);
            return Seal(await new TileStore(source.DataSource).TileAsync(layer, address, filters, options.Value.MaxPointsPerTile, ct));
        }

        var (version, position) = await routes.IncidentDataVersionAsync(ct);
        var key = $"{layer.Id}|{address}|{filters.FilterFingerprint()}|{version}";
        if (_tiles.TryGetValue(key, out CachedTile? cached)) return cached!;

        var build = _building.GetOrAdd(key, k => new Lazy<Task<CachedTile>>(() => BuildAsync(k, layer, address, filters, position)));
        return await build.Value.WaitAsync(ct);
    }

    private async Task<CachedTile> BuildAsync(string key, TileLayer layer, TileAddress address, IncidentQuery filters, NpgsqlTypes.NpgsqlLogSequenceNumber position)
    {
        try
        {
            // Not the first caller's token: other requests wait on this build too.
            var tile = Seal(await BuildOnAsync(await routes.ForReadAsync(position, CancellationToken.None), layer, address, filters));
            _tiles.Set(key, tile, new MemoryCacheEntryOptions { Size = tile.Bytes.Length + 256, AbsoluteExpirationRelativeToNow = Lifetime });
            return tile;
        }
        finally
        {
            _building.TryRemove(key, out _);
        }
    }

    private async Task<byte[]> BuildOnAsync(ReadSource source, TileLayer layer, TileAddress address, IncidentQuery filters)
    {
        try
        {
            return await new TileStore(source.DataSource).TileAsync(layer, address, filters, options.Value.MaxPointsPerTile, CancellationToken.None);
        }
        catch (Exception e) when (source.Replica is { } replica && ReadRouting.IsReplicaFailure(e))
        {
            replica.MarkDown(e.Message);
            return await new TileStore(routes.Primary.DataSource).TileAsync(layer, address, filters, options.Value.MaxPointsPerTile, CancellationToken.None);
        }
    }

    private static CachedTile Seal(byte[] bytes) => new(bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}\"");

    public void Dispose() => _tiles.Dispose();
}
