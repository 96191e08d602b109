using System.Text;
using BorderMap.Core.Queries.Filtering;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Ogc;

/// <summary>
/// Writes a parsed CQL2 filter as a SQL predicate for a collection's Items and Count queries. The
/// predicate's text is made only of the queryables' fixed SQL expressions, operators and
/// <c>$n</c> placeholders; every value a client sent is a typed parameter (geometries as
/// NetTopologySuite values). The queries hold <see cref="Marker"/> where the predicate goes.
/// </summary>
internal sealed class OgcFilterSql
{
    public const string Marker = "/* filter */ TRUE";

    private readonly IReadOnlyDictionary<string, string> _columns;
    private readonly NpgsqlParameterCollection _parameters;
    private readonly StringBuilder _sql = new();

    private OgcFilterSql(IReadOnlyDictionary<string, string> columns, NpgsqlParameterCollection parameters)
    {
        _columns = columns;
        _parameters = parameters;
    }

    /// <summary>The query with its filter marker replaced; the filter's values are added to <paramref name="parameters"/> after those already there.</summary>
    public static string Apply(string sql, OgcCollection collection, CqlExpression? filter, NpgsqlParameterCollection parameters)
    {
        if (filter is null) return sql;
        if (!sql.Contains(Marker, StringComparison.Ordinal))
            throw new InvalidOperationException($"the {collection.Id} query has no filter marker '{Marker}'");
        var writer = new OgcFilterSql(collection.FilterColumns, parameters);
        writer._sql.Append('(');
        writer.Write(filter);
        writer._sql.Append(')'); // an OR must not bind with the query's own ANDs
        return sql.Replace(Marker, writer._sql.ToString(), StringComparison.Ordinal);
    }

    private void Write(CqlExpression expression)
    {
        switch (expression)
        {
            case CqlAnd and: Join(and.Operands, " AND "); break;
            case CqlOr or: Join(or.Operands, " OR "); break;
            case CqlNot not:
                _sql.Append("NOT (");
                Write(not.Operand);
                _sql.Append(')');
                break;
            case CqlComparison c: _sql.Append(Column(c.Property)).Append(' ').Append(CqlComparisons.Symbol(c.Operator)).Append(' ').Append(Value(c.Value)); break;
            case CqlLike like: _sql.Append(Column(like.Property)).Append(" LIKE ").Append(Value(like.Pattern)); break;
            case CqlIn @in: _sql.Append(Column(@in.Property)).Append(" = ANY(").Append(Values(@in.Values)).Append(')'); break;
            case CqlBetween b:
                _sql.Append(Column(b.Property)).Append(" BETWEEN ").Append(Value(b.Low)).Append(" AND ").Append(Value(b.High));
                break;
            case CqlIsNull n: _sql.Append(Column(n.Property)).Append(" IS NULL"); break;
            case CqlIntersects s: _sql.Append("ST_Intersects(").Append(Column(s.Property)).Append(", ").Append(Value(s.Geometry)).Append(')'); break;
            case CqlTemporal t: Temporal(t); break;
            default: throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "not a CQL2 expression");
        }
    }

    /// <summary>
    /// Temporal functions on a day: the day is an instant, so it intersects [start, end] when it lies
    /// in it (ends included), is during it when strictly inside, before it when before the start.
    /// </summary>
    private void Temporal(CqlTemporal t)
    {
        var day = Column(t.Property);
        string? start = t.Start is { } s ? Value(s) : null, end = t.End is { } e ? Value(e) : null;
        string Within(bool strict)
        {
            var bounds = new[] { start is null ? null : $"{day} >{(strict ? "" : "=")} {start}", end is null ? null : $"{day} <{(strict ? "" : "=")} {end}" };
            return bounds.Any(b => b is not null) ? string.Join(" AND ", bounds.Where(b => b is not null)) : "TRUE";
        }
        _sql.Append('(').Append(t.Operator switch
        {
            CqlTemporalOperator.Intersects => Within(strict: false),
            CqlTemporalOperator.During => Within(strict: true),
            // a day equals only an instant on that day
            CqlTemporalOperator.Equals => t.Start is not null && t.Start == t.End ? $"{day} = {start}" : "FALSE",
            CqlTemporalOperator.Before => start is null ? "FALSE" : $"{day} < {start}",
            CqlTemporalOperator.After => end is null ? "FALSE" : $"{day} > {end}",
            _ => $"NOT ({Within(strict: false)})",
        }).Append(')');
    }

    private void Join(IReadOnlyList<CqlExpression> operands, string separator)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0) _sql.Append(separator);
            _sql.Append('(');
            Write(operands[i]);
            _sql.Append(')');
        }
    }

    private string Column(QueryableProperty property) => _columns[property.Name];

    /// <summary>Adds a typed parameter and returns its placeholder.</summary>
    private string Value(object value)
    {
        var parameter = value switch
        {
            string s => new NpgsqlParameter { Value = s, NpgsqlDbType = NpgsqlDbType.Text },
            long n => new NpgsqlParameter { Value = n, NpgsqlDbType = NpgsqlDbType.Bigint },
            double d => new NpgsqlParameter { Value = d, NpgsqlDbType = NpgsqlDbType.Double },
            bool b => new NpgsqlParameter { Value = b, NpgsqlDbType = NpgsqlDbType.Boolean },
            DateOnly d => new NpgsqlParameter { Value = d, NpgsqlDbType = NpgsqlDbType.Date },
            DateTime t => new NpgsqlParameter { Value = t, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            NetTopologySuite.Geometries.Geometry g => new NpgsqlParameter { Value = g, NpgsqlDbType = NpgsqlDbType.Geometry },
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "no SQL type for this filter value"),
        };
        _parameters.Add(parameter);
        return $"${_parameters.Count}";
    }

    /// <summary>An IN list as one array parameter of the values' type.</summary>
    private string Values(IReadOnlyList<object> values)
    {
        var parameter = values[0] switch
        {
            string => new NpgsqlParameter { Value = values.Cast<string>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            long => new NpgsqlParameter { Value = values.Cast<long>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
            double => new NpgsqlParameter { Value = values.Cast<double>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double },
            bool => new NpgsqlParameter { Value = values.Cast<bool>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean },
            DateOnly => new NpgsqlParameter { Value = values.Cast<DateOnly>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date },
            DateTime => new NpgsqlParameter { Value = values.Cast<DateTime>().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
            _ => throw new ArgumentOutOfRangeException(nameof(values), values[0].GetType().Name, "no SQL array type for these filter values"),
        };
        _parameters.Add(parameter);
        return $"${_parameters.Count}";
    }
}
