using System.Globalization;

namespace BorderMap.Server.Hosting;

/// <summary>Revisions travel as strong ETags (<c>"3"</c>) and come back in If-Match for optimistic concurrency.</summary>
internal static class Revisions
{
    public static string ETag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The revision an If-Match header names: null when absent or <c>*</c>; a 400 problem when malformed.</summary>
    public static int? FromIfMatch(HttpRequest request, bool required)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            if (required) throw new ProblemException(428, Problems.RevisionRequired, "send If-Match: \"<revision>\" from the incident's ETag");
            return null;
        }
        if (header == "*") return null;
        var value = header.StartsWith('"') && header.EndsWith('"') && header.Length >= 2 ? header[1..^1] : header;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision >= 1)
            return revision;
        throw new ProblemException(400, Problems.InvalidIfMatch, "If-Match must hold one strong ETag such as \"3\"");
    }

    /// <summary>Who made a write. Until API keys exist every write is anonymous but still recorded.</summary>
    public static string Author(HttpContext context) => context.User.Identity?.Name ?? "anonymous";
}
