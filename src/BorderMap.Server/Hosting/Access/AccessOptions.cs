namespace BorderMap.Server.Hosting.Access;

/// <summary>Configuration section "Access" (see appsettings.json).</summary>
internal sealed class AccessOptions
{
    /// <summary>Let callers without a key read the map, tiles, OGC and analytics. Raw reports never.</summary>
    public bool AnonymousRead { get; set; } = true;

    /// <summary>How long a verified key is trusted before it is looked up again (a revoked key stops within this time).</summary>
    public int KeyCacheSeconds { get; set; } = 10;

    /// <summary>
    /// Requests per minute per client address without a key. A map viewer panning and zooming
    /// fetches dozens of tiles a second, so the budget is sized for one busy map session.
    /// </summary>
    public int AnonymousPerMinute { get; set; } = 3000;

    /// <summary>Requests per minute per API key.</summary>
    public int KeyPerMinute { get; set; } = 6000;

    /// <summary>
    /// Per-minute budgets for named keys that need another than <see cref="KeyPerMinute"/>, e.g. a
    /// load-test client or a trusted mirror: key name → requests per minute. Every key of that name gets it.
    /// </summary>
    public Dictionary<string, int> KeyPerMinuteByName { get; set; } = new(StringComparer.Ordinal);

    public int PerMinuteFor(string keyName) => KeyPerMinuteByName.GetValueOrDefault(keyName, KeyPerMinute);
}
