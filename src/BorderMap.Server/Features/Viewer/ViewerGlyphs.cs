using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using BorderMap.Rendering.Glyphs;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Viewer;

/// <summary>
/// /viewer/glyphs/{fontstack}/{range}.pbf: the SDF glyphs MapLibre draws the viewer's labels with,
/// made from the renderer's embedded DejaVu fonts on first use and kept (two fonts × at most 256
/// ranges, of which place names use a handful). No glyph server on the internet is needed.
/// </summary>
internal static class ViewerGlyphs
{
    public const string MediaType = "application/x-protobuf";

    private static readonly ConcurrentDictionary<(string Font, int Start), Lazy<(byte[] Bytes, string ETag)>> s_ranges = new();

    public static WebApplication MapViewerGlyphs(this WebApplication app)
    {
        app.MapGet("/viewer/glyphs/{fontstack}/{range}.pbf", Range).WithName("ViewerGlyphs").ExcludeFromDescription();
        return app;
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Range(string fontstack, string range, HttpContext http)
    {
        // MapLibre asks for a style's whole text-font list, comma-separated: the first font we have answers
        var font = fontstack.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault(SdfGlyphs.Fonts.ContainsKey);
        if (font is null)
            return TypedResults.Problem($"no glyphs for the font stack '{(fontstack.Length > 60 ? fontstack[..60] + "…" : fontstack)}'; the fonts are {string.Join(", ", SdfGlyphs.Fonts.Keys)}",
                statusCode: 404, title: Problems.NotFound);
        if (Start(range) is not { } start)
            return TypedResults.Problem("a glyph range is N-M with N a multiple of 256 below 65536 and M = N + 255, e.g. 0-255",
                statusCode: 404, title: Problems.NotFound);

        var (bytes, etag) = s_ranges.GetOrAdd((font, start), key => new(() =>
        {
            var pbf = SdfGlyphs.RangePbf(key.Font, key.Start);
            return (pbf, $"\"{Convert.ToHexStringLower(SHA256.HashData(pbf))[..20]}\"");
        })).Value;
        http.Response.Headers.ETag = etag;
        // the glyphs change only with the embedded fonts, that is with a new build
        http.Response.Headers.CacheControl = "public, max-age=86400";
        if (http.Request.Headers.IfNoneMatch == etag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.File(bytes, MediaType);
    }

    private static int? Start(string range)
    {
        var parts = range.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            return null;
        return start % 256 == 0 && start <= 65280 && end == start + 255 ? start : null;
    }
}
