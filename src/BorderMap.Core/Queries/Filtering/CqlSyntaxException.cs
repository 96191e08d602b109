namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// A filter that cannot be parsed or names something the collection does not offer.
/// <see cref="Position"/> is the 1-based character where the problem starts (cql2-text and JSON
/// syntax errors), <see cref="Path"/> the member of a cql2-json document that is wrong.
/// </summary>
public sealed class CqlSyntaxException(string message, int? position = null, string? path = null) : Exception(message)
{
    public int? Position { get; } = position;
    public string? Path { get; } = path;

    /// <summary>The message as a client reads it: where, then what.</summary>
    public string Describe() => (Position, Path) switch
    {
        ({ } p, _) => $"at character {p}: {Message}",
        (_, { } path) => $"at {path}: {Message}",
        _ => Message,
    };
}
