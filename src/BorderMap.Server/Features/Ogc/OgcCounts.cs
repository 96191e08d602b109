using BorderMap.Core.Queries;
using BorderMap.Data.Ogc;
using Microsoft.Extensions.Caching.Memory;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// Remembers numberMatched of incident item queries per filter while the incidents table's change
/// counter (V0007) stays the same, and at most a minute. QGIS and GDAL page through a layer with
/// the same filters; counting 30,000 matches costs ~70 ms, the page itself ~1 ms, so without this
/// every page would pay the count again. The counter moves before a change commits, so a count
/// taken in that instant can be one change behind until the minute is up.
/// </summary>
internal sealed class OgcCounts : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The count remembered for these filters at this value of the change counter, if any.</summary>
    public long? Known(OgcCollection collection, OgcItemsQuery query, long dataVersion) =>
        _counts.TryGetValue(Key(collection, query, dataVersion), out long matched) ? matched : null;

    public void Remember(OgcCollection collection, OgcItemsQuery query, OgcPage page)
    {
        if (page is { DataVersion: { } version, NumberMatched: { } matched })
            _counts.Set(Key(collection, query, version), matched, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    private static string Key(OgcCollection collection, OgcItemsQuery query, long version) => $"{collection.Id}|{query.FilterFingerprint()}|{version}";

    public void Dispose() => _counts.Dispose();
}
