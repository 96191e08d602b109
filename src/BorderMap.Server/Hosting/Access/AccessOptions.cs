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
}
