using BorderMap.Core.Access;

namespace BorderMap.Server.Hosting.Access;

/// <summary>
/// Who may call what, in one table: the first rule whose method and path match decides. A rule's
/// <see cref="PublicRead"/> marks the map, tiles, OGC and analytics reads that anonymous callers may
/// make when anonymous reading is on (the default). Anything no rule names needs a reader to read
/// and an editor to write, so a new endpoint is never open by accident.
/// </summary>
public sealed record AccessRule(string Methods, string Path, ApiRole Role, bool PublicRead = false, bool Exact = false)
{
    public bool Matches(string method, string path) =>
        (Methods == "*" || Methods.Split(',').Contains(method, StringComparer.OrdinalIgnoreCase))
        && (Exact ? string.Equals(path, Path, StringComparison.OrdinalIgnoreCase) : path.StartsWith(Path, StringComparison.OrdinalIgnoreCase));
}
