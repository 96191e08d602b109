namespace BorderMap.Core.Geoparsing;

/// <summary>
/// The process-wide limit on one regular-expression match. The geoparser runs hundreds of patterns
/// over text from anyone who can post it; a pattern that runs away (.NET 10's compiled form of one
/// of ours looped without end on a real Russian sentence) then throws
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/> instead of holding a
/// core and gigabytes of memory. A match takes microseconds; the limit is far above that.
/// </summary>
public static class RegexTimeLimit
{
    public static readonly TimeSpan PerMatch = TimeSpan.FromSeconds(2);

    /// <summary>Call first thing in a host's Main, before any pattern is built: patterns take the default when they are constructed.</summary>
    public static void Install() => AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", PerMatch);
}
