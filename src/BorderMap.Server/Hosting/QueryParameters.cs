using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace BorderMap.Server.Hosting;

internal static class QueryParameters
{
    /// <summary>The query string as the parsers in Core take it: each name with every value it was given.</summary>
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Of(HttpRequest request) =>
        request.Query.Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, q.Value.Select(v => v ?? "").ToArray()));

    /// <summary>This request's absolute URL with one parameter replaced (or removed when null), for self/next links.</summary>
    public static string Url(HttpRequest request, (string Name, string Value)? replace)
    {
        var parameters = request.Query
            .Where(q => replace is null || q.Key != replace.Value.Name)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        if (replace is { } r) parameters.Add(new(r.Name, r.Value));
        var path = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path);
        return QueryHelpers.AddQueryString(path, parameters);
    }
}
