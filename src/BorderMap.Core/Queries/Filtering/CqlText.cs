using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// Writes a parsed filter back as canonical cql2-text: one spelling for every filter meaning the
/// same thing, so cursors and cached counts recognise a filter however the client wrote it.
/// </summary>
public static class CqlText
{
    public static string Format(CqlExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    private static void Write(StringBuilder text, CqlExpression expression)
    {
        switch (expression)
        {
            case CqlAnd and: Join(text, and.Operands, " AND "); break;
            case CqlOr or: Join(text, or.Operands, " OR "); break;
            case CqlNot not:
                text.Append("NOT (");
                Write(text, not.Operand);
                text.Append(')');
                break;
            case CqlComparison c: text.Append(c.Property.Name).Append(' ').Append(CqlComparisons.Symbol(c.Operator)).Append(' ').Append(Literal(c.Value)); break;
            case CqlLike like: text.Append(like.Property.Name).Append(" LIKE ").Append(Literal(like.Pattern)); break;
            case CqlIn @in: text.Append(@in.Property.Name).Append(" IN (").AppendJoin(", ", @in.Values.Select(Literal)).Append(')'); break;
            case CqlBetween b: text.Append(b.Property.Name).Append(" BETWEEN ").Append(Literal(b.Low)).Append(" AND ").Append(Literal(b.High)); break;
            case CqlIsNull n: text.Append(n.Property.Name).Append(" IS NULL"); break;
            case CqlIntersects s: text.Append("S_INTERSECTS(").Append(s.Property.Name).Append(", ").Append(s.Geometry.AsText()).Append(')'); break;
            case CqlTemporal t:
                text.Append("T_").Append(t.Operator.ToString().ToUpperInvariant()).Append('(').Append(t.Property.Name)
                    .Append(", INTERVAL(").Append(Bound(t.Start)).Append(", ").Append(Bound(t.End)).Append("))");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "not a CQL2 expression");
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<CqlExpression> operands, string separator)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0) text.Append(separator);
            text.Append('(');
            Write(text, operands[i]);
            text.Append(')');
        }
    }

    private static string Literal(object value) => value switch
    {
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        bool b => b ? "TRUE" : "FALSE",
        DateOnly d => $"DATE('{d:yyyy-MM-dd}')",
        DateTime t => $"TIMESTAMP('{t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture)}')",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Geometry g => g.AsText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static string Bound(DateOnly? day) => day is { } d ? $"'{d:yyyy-MM-dd}'" : "'..'";
}
