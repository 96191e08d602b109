using System.Collections.Concurrent;

namespace BorderMap.Data;

/// <summary>
/// Loads the embedded .sql files by name. Each query lives in its own file beside its caller
/// (e.g. <c>Incidents/ListIncidents.sql</c> is <c>SqlScripts.Load("Incidents.ListIncidents")</c>).
/// </summary>
public static class SqlScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Load(string name) => Cache.GetOrAdd(name, static n =>
    {
        var resource = $"BorderMap.Data.{n}.sql";
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded SQL '{resource}' not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    internal static IEnumerable<string> Names(string prefix) =>
        typeof(SqlScripts).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith($"BorderMap.Data.{prefix}.", StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => r["BorderMap.Data.".Length..^".sql".Length]);
}
