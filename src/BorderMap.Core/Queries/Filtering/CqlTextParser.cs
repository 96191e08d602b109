using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// A recursive-descent parser for cql2-text (OGC 21-065r2), one method per rule:
/// <code>
/// filter    = or END
/// or        = and { OR and }
/// and       = not { AND not }
/// not       = NOT not | primary
/// primary   = "(" or ")" | S_INTERSECTS "(" spatial "," spatial ")" | T_op "(" property "," temporal ")" | predicate
/// predicate = property ( compare value | IS [NOT] NULL | [NOT] LIKE text | [NOT] IN "(" value { "," value } ")"
///                      | [NOT] BETWEEN value AND value )
/// value     = text | number | TRUE | FALSE | DATE "(" text ")" | TIMESTAMP "(" text ")"
/// spatial   = property | BBOX "(" number { "," number } ")" | WKT geometry
/// temporal  = DATE "(" text ")" | TIMESTAMP "(" text ")" | INTERVAL "(" bound "," bound ")"
/// </code>
/// Errors name the 1-based character where the parser stopped.
/// </summary>
public static class CqlTextParser
{
    /// <summary>Nesting deeper than this is refused (no client writes it; it would only cost stack).</summary>
    public const int MaxDepth = 32;

    public static readonly IReadOnlyDictionary<string, CqlTemporalOperator> TemporalFunctions =
        new Dictionary<string, CqlTemporalOperator>(StringComparer.OrdinalIgnoreCase)
        {
            ["T_INTERSECTS"] = CqlTemporalOperator.Intersects, ["T_DURING"] = CqlTemporalOperator.During,
            ["T_BEFORE"] = CqlTemporalOperator.Before, ["T_AFTER"] = CqlTemporalOperator.After,
            ["T_EQUALS"] = CqlTemporalOperator.Equals, ["T_DISJOINT"] = CqlTemporalOperator.Disjoint,
        };

    public static CqlExpression Parse(string text, IReadOnlyDictionary<string, QueryableProperty> queryables) =>
        new Parser(text, queryables).Filter();

    private sealed class Parser(string text, IReadOnlyDictionary<string, QueryableProperty> queryables)
    {
        private readonly CqlLexer _lexer = new(text);
        private CqlToken _token;
        private int _depth;

        public CqlExpression Filter()
        {
            Advance();
            if (_token.Kind == CqlTokenKind.End) throw Fail("the filter is empty");
            var filter = Or();
            if (_token.Kind != CqlTokenKind.End) throw Fail($"expected AND, OR or the end of the filter but found {_token.Shown}");
            return filter;
        }

        private CqlExpression Or()
        {
            var operands = new List<CqlExpression> { And() };
            while (Accept("OR")) operands.Add(And());
            return operands.Count == 1 ? operands[0] : new CqlOr(operands);
        }

        private CqlExpression And()
        {
            var operands = new List<CqlExpression> { Not() };
            while (Accept("AND")) operands.Add(Not());
            return operands.Count == 1 ? operands[0] : new CqlAnd(operands);
        }

        private CqlExpression Not()
        {
            if (!_token.Is("NOT")) return Primary();
            Enter();
            Advance();
            var not = new CqlNot(Not());
            _depth--;
            return not;
        }

        private CqlExpression Primary()
        {
            if (_token.IsSymbol("("))
            {
                Enter();
                Advance();
                var inner = Or();
                Expect(")", "to close the parenthesis");
                _depth--;
                return inner;
            }
            if (_token.Is("S_INTERSECTS")) return Intersects();
            if (_token.Kind == CqlTokenKind.Word && TemporalFunctions.TryGetValue(_token.Text, out var op)) return Temporal(op);
            return Predicate();
        }

        private CqlExpression Predicate()
        {
            var property = Property();
            if (_token.Kind == CqlTokenKind.Symbol && CqlComparisons.BySymbol.TryGetValue(_token.Text, out var op))
            {
                CqlBinding.Comparable(property, op, Fail);
                Advance();
                return new CqlComparison(property, op, Value(property));
            }
            if (Accept("IS"))
            {
                var negated = Accept("NOT");
                if (!Accept("NULL")) throw Fail($"expected NULL after IS but found {_token.Shown}");
                return Negate(new CqlIsNull(property), negated);
            }
            var not = Accept("NOT");
            if (Accept("LIKE"))
            {
                CqlBinding.Text(property, Fail);
                if (_token.Kind != CqlTokenKind.String) throw Fail($"LIKE takes a 'pattern' in quotes; found {_token.Shown}");
                var pattern = (string)_token.Value!;
                Advance();
                return Negate(new CqlLike(property, pattern), not);
            }
            if (Accept("IN"))
            {
                CqlBinding.Comparable(property, CqlComparisonOperator.Equal, Fail);
                Expect("(", "after IN");
                var values = new List<object> { Value(property) };
                while (AcceptSymbol(",")) values.Add(Value(property));
                Expect(")", "to close the IN list");
                return Negate(new CqlIn(property, values), not);
            }
            if (Accept("BETWEEN"))
            {
                CqlBinding.Ordered(property, "BETWEEN", Fail);
                var low = Value(property);
                if (!Accept("AND")) throw Fail($"expected AND between BETWEEN's two values but found {_token.Shown}");
                return Negate(new CqlBetween(property, low, Value(property)), not);
            }
            throw Fail($"expected a comparison (=, <>, <, <=, >, >=), LIKE, IN, BETWEEN or IS NULL after {property.Name} but found {_token.Shown}");
        }

        private QueryableProperty Property()
        {
            if (_token.Kind != CqlTokenKind.Word) throw Fail($"expected a property name but found {_token.Shown}");
            var property = CqlBinding.Property(queryables, _token.Text, Fail);
            Advance();
            return property;
        }

        private object Value(QueryableProperty property)
        {
            var start = _token;
            object literal;
            if (_token.Kind is CqlTokenKind.String or CqlTokenKind.Number) { literal = _token.Value!; Advance(); }
            else if (Accept("TRUE")) literal = true;
            else if (Accept("FALSE")) literal = false;
            else if (_token.Is("DATE") || _token.Is("TIMESTAMP")) literal = Instant();
            else throw Fail($"expected a value for {property.Name} ('text', a number, TRUE/FALSE, DATE('…') or TIMESTAMP('…')) but found {_token.Shown}");
            return CqlBinding.Value(property, literal, message => At(start, message));
        }

        /// <summary>DATE('yyyy-mm-dd') as a DateOnly or TIMESTAMP('…Z') as a UTC DateTime.</summary>
        private object Instant()
        {
            var isDate = _token.Is("DATE");
            var word = _token.Text.ToUpperInvariant();
            Advance();
            Expect("(", $"after {word}");
            var start = _token;
            if (_token.Kind != CqlTokenKind.String) throw Fail($"{word} takes a quoted value; found {_token.Shown}");
            var text = (string)_token.Value!;
            object? value = isDate ? CqlBinding.Day(text) : CqlBinding.Instant(text);
            if (value is null)
                throw At(start, isDate ? $"'{CqlBinding.Shorten(text)}' is not a day (2022-05-08)" : $"'{CqlBinding.Shorten(text)}' is not an RFC 3339 instant with an offset (2022-05-08T10:00:00Z)");
            Advance();
            Expect(")", $"to close {word}");
            return value;
        }

        private CqlExpression Intersects()
        {
            Advance();
            Expect("(", "after S_INTERSECTS");
            var first = SpatialArgument();
            Expect(",", "between S_INTERSECTS's two arguments");
            var second = SpatialArgument();
            Expect(")", "to close S_INTERSECTS");
            return (first, second) switch
            {
                (QueryableProperty p, Geometry g) => new CqlIntersects(p, g),
                (Geometry g, QueryableProperty p) => new CqlIntersects(p, g),
                _ => throw Fail("S_INTERSECTS compares the geometry property with one geometry literal"),
            };
        }

        private object SpatialArgument()
        {
            var start = _token;
            if (_token.Is("BBOX"))
            {
                Advance();
                Expect("(", "after BBOX");
                var numbers = new List<double> { Number() };
                while (AcceptSymbol(",")) numbers.Add(Number());
                Expect(")", "to close BBOX");
                return CqlGeometry.FromBbox(numbers, message => At(start, message));
            }
            if (_token.Kind == CqlTokenKind.Word && CqlGeometry.WktKeywords.Contains(_token.Text.ToUpperInvariant()))
            {
                var wkt = _lexer.ReadBalanced(_token.Start);
                var geometry = CqlGeometry.FromWkt(wkt, message => At(start, message));
                Advance();
                return geometry;
            }
            var property = Property();
            CqlBinding.Spatial(property, message => At(start, message));
            return property;
        }

        private double Number()
        {
            if (_token.Kind != CqlTokenKind.Number) throw Fail($"expected a number but found {_token.Shown}");
            var n = Convert.ToDouble(_token.Value, System.Globalization.CultureInfo.InvariantCulture);
            Advance();
            return n;
        }

        private CqlExpression Temporal(CqlTemporalOperator op)
        {
            var name = _token.Text.ToUpperInvariant();
            Advance();
            Expect("(", $"after {name}");
            var start = _token;
            var property = Property();
            CqlBinding.Temporal(property, message => At(start, message));
            Expect(",", $"between {name}'s two arguments");
            DateOnly? from, to;
            if (Accept("INTERVAL"))
            {
                Expect("(", "after INTERVAL");
                var bound = _token;
                from = Bound();
                Expect(",", "between INTERVAL's start and end");
                to = Bound();
                Expect(")", "to close INTERVAL");
                if (from > to) throw At(bound, "the interval's start is after its end");
            }
            else if (_token.Is("DATE") || _token.Is("TIMESTAMP")) from = to = CqlBinding.DayOf(Instant());
            else throw Fail($"{name} takes DATE('…'), TIMESTAMP('…') or INTERVAL('…', '…'); found {_token.Shown}");
            Expect(")", $"to close {name}");
            return new CqlTemporal(property, op, from, to);
        }

        /// <summary>An interval's end: a day, an instant (its UTC day), or '..' for an open end.</summary>
        private DateOnly? Bound()
        {
            if (_token.Is("DATE") || _token.Is("TIMESTAMP")) return CqlBinding.DayOf(Instant());
            if (_token.Kind != CqlTokenKind.String) throw Fail($"an interval's end is a 'date', a 'timestamp' or '..'; found {_token.Shown}");
            var text = (string)_token.Value!;
            DateOnly? day = text == ".." ? null : CqlBinding.DayOf(text) ?? throw Fail($"'{CqlBinding.Shorten(text)}' is not a day, an RFC 3339 instant or '..'");
            Advance();
            return day;
        }

        private static CqlExpression Negate(CqlExpression predicate, bool negated) => negated ? new CqlNot(predicate) : predicate;

        private void Enter()
        {
            if (++_depth > MaxDepth) throw Fail($"the filter nests deeper than {MaxDepth} levels");
        }

        private void Advance() => _token = _lexer.Next();

        private bool Accept(string word)
        {
            if (!_token.Is(word)) return false;
            Advance();
            return true;
        }

        private bool AcceptSymbol(string symbol)
        {
            if (!_token.IsSymbol(symbol)) return false;
            Advance();
            return true;
        }

        private void Expect(string symbol, string why)
        {
            if (!AcceptSymbol(symbol)) throw Fail($"expected '{symbol}' {why} but found {_token.Shown}");
        }

        private CqlSyntaxException Fail(string message) => At(_token, message);

        private static CqlSyntaxException At(CqlToken token, string message) => new(message, token.Start + 1);
    }
}
