namespace BorderMap.Core.Queries.Filtering;

/// <summary>The comparison symbols, spelled the same in cql2-text, cql2-json and SQL.</summary>
public static class CqlComparisons
{
    public static IReadOnlyDictionary<string, CqlComparisonOperator> BySymbol { get; } =
        new Dictionary<string, CqlComparisonOperator>(StringComparer.Ordinal)
        {
            ["="] = CqlComparisonOperator.Equal, ["<>"] = CqlComparisonOperator.NotEqual,
            ["<"] = CqlComparisonOperator.Less, ["<="] = CqlComparisonOperator.LessOrEqual,
            [">"] = CqlComparisonOperator.Greater, [">="] = CqlComparisonOperator.GreaterOrEqual,
        };

    public static string Symbol(CqlComparisonOperator op) => BySymbol.First(s => s.Value == op).Key;
}
