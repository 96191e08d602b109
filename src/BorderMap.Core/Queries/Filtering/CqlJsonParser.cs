using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// Reads cql2-json (OGC 21-065r2) into the same tree as <see cref="CqlTextParser"/>: an operation is
/// <c>{"op": …, "args": […]}</c>, a property <c>{"property": …}</c>, a day <c>{"date": …}</c>, an
/// instant <c>{"timestamp": …}</c>, an interval <c>{"interval": [start, end]}</c>, a geometry GeoJSON
/// or <c>{"bbox": […]}</c>. JSON syntax errors name their character; other errors the member's path.
/// </summary>
public static class CqlJsonParser
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static CqlExpression Parse(string text, IReadOnlyDictionary<string, QueryableProperty> queryables)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = CqlTextParser.MaxDepth * 2 });
        }
        catch (JsonException e)
        {
            throw new CqlSyntaxException($"the filter is not valid JSON: {FirstSentence(e.Message)}", Position(text, e));
        }
        using (document) return Expression(document.RootElement, "$", queryables);
    }

    private static CqlExpression Expression(JsonElement node, string path, IReadOnlyDictionary<string, QueryableProperty> queryables)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("op", out var opNode) || opNode.ValueKind != JsonValueKind.String)
            throw new CqlSyntaxException("expected an operation {\"op\": …, \"args\": […]}", path: path);
        var op = opNode.GetString()!;
        if (!node.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Array)
            throw new CqlSyntaxException($"operation '{CqlBinding.Shorten(op)}' needs an \"args\" array", path: path);
        var at = $"{path}.args";
        Func<string, CqlSyntaxException> fail = message => new CqlSyntaxException(message, path: at);
        var a = args.EnumerateArray().ToList();

        switch (op.ToLowerInvariant())
        {
            case "and" or "or":
                if (a.Count < 2) throw fail($"'{op}' needs at least two arguments");
                var operands = a.Select((e, i) => Expression(e, $"{at}[{i}]", queryables)).ToList();
                return op.Equals("and", StringComparison.OrdinalIgnoreCase) ? new CqlAnd(operands) : new CqlOr(operands);
            case "not":
                Arity(a, 1, op, fail);
                return new CqlNot(Expression(a[0], $"{at}[0]", queryables));
            case "isnull":
                Arity(a, 1, op, fail);
                return new CqlIsNull(Property(a[0], $"{at}[0]", queryables));
            case "like":
            {
                Arity(a, 2, op, fail);
                var property = Property(a[0], $"{at}[0]", queryables);
                CqlBinding.Text(property, fail);
                if (a[1].ValueKind != JsonValueKind.String) throw new CqlSyntaxException("LIKE takes a pattern string", path: $"{at}[1]");
                return new CqlLike(property, a[1].GetString()!);
            }
            case "in":
            {
                Arity(a, 2, op, fail);
                var property = Property(a[0], $"{at}[0]", queryables);
                CqlBinding.Comparable(property, CqlComparisonOperator.Equal, fail);
                if (a[1].ValueKind != JsonValueKind.Array || a[1].GetArrayLength() == 0)
                    throw new CqlSyntaxException("IN takes a non-empty array of values", path: $"{at}[1]");
                return new CqlIn(property, a[1].EnumerateArray().Select((v, i) => Value(property, v, $"{at}[1][{i}]")).ToList());
            }
            case "between":
            {
                Arity(a, 3, op, fail);
                var property = Property(a[0], $"{at}[0]", queryables);
                CqlBinding.Ordered(property, "BETWEEN", fail);
                return new CqlBetween(property, Value(property, a[1], $"{at}[1]"), Value(property, a[2], $"{at}[2]"));
            }
            case "s_intersects":
            {
                Arity(a, 2, op, fail);
                var property = Property(a[0], $"{at}[0]", queryables);
                CqlBinding.Spatial(property, fail);
                return new CqlIntersects(property, Geometry(a[1], $"{at}[1]"));
            }
        }
        if (CqlComparisons.BySymbol.TryGetValue(op, out var comparison))
        {
            Arity(a, 2, op, fail);
            var property = Property(a[0], $"{at}[0]", queryables);
            CqlBinding.Comparable(property, comparison, fail);
            return new CqlComparison(property, comparison, Value(property, a[1], $"{at}[1]"));
        }
        if (CqlTextParser.TemporalFunctions.TryGetValue(op, out var temporal))
        {
            Arity(a, 2, op, fail);
            var property = Property(a[0], $"{at}[0]", queryables);
            CqlBinding.Temporal(property, fail);
            var (start, end) = Period(a[1], $"{at}[1]");
            return new CqlTemporal(property, temporal, start, end);
        }
        throw new CqlSyntaxException($"'{CqlBinding.Shorten(op)}' is not an operation this server evaluates; use and, or, not, =, <>, <, <=, >, >=, like, in, between, isNull, s_intersects, t_intersects, t_during, t_before, t_after, t_equals, t_disjoint", path: $"{path}.op");
    }

    private static QueryableProperty Property(JsonElement node, string path, IReadOnlyDictionary<string, QueryableProperty> queryables)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("property", out var name) || name.ValueKind != JsonValueKind.String)
            throw new CqlSyntaxException("expected a property {\"property\": \"name\"}", path: path);
        return CqlBinding.Property(queryables, name.GetString()!, message => new CqlSyntaxException(message, path: path));
    }

    private static object Value(QueryableProperty property, JsonElement node, string path)
    {
        Func<string, CqlSyntaxException> fail = message => new CqlSyntaxException(message, path: path);
        object? literal = node.ValueKind switch
        {
            JsonValueKind.String => node.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => node.TryGetInt64(out var n) ? (object)n : node.GetDouble(),
            JsonValueKind.Object when node.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String =>
                CqlBinding.Day(d.GetString()!) ?? throw fail($"'{CqlBinding.Shorten(d.GetString()!)}' is not a day (2022-05-08)"),
            JsonValueKind.Object when node.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.String =>
                CqlBinding.Instant(t.GetString()!) ?? throw fail($"'{CqlBinding.Shorten(t.GetString()!)}' is not an RFC 3339 instant with an offset"),
            _ => null,
        };
        if (literal is null) throw fail($"expected a value for {property.Name}: a string, number, boolean, {{\"date\": …}} or {{\"timestamp\": …}}");
        return CqlBinding.Value(property, literal, fail);
    }

    private static (DateOnly? Start, DateOnly? End) Period(JsonElement node, string path)
    {
        Func<string, CqlSyntaxException> fail = message => new CqlSyntaxException(message, path: path);
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("interval", out var interval))
        {
            if (interval.ValueKind != JsonValueKind.Array || interval.GetArrayLength() != 2) throw fail("an interval is [start, end]");
            var start = Bound(interval[0], $"{path}.interval[0]");
            var end = Bound(interval[1], $"{path}.interval[1]");
            if (start > end) throw fail("the interval's start is after its end");
            return (start, end);
        }
        var day = node.ValueKind == JsonValueKind.Object ? Bound(node, path) : throw fail("expected {\"date\": …}, {\"timestamp\": …} or {\"interval\": [start, end]}");
        return (day, day);
    }

    private static DateOnly? Bound(JsonElement node, string path)
    {
        var text = node.ValueKind switch
        {
            JsonValueKind.String => node.GetString(),
            JsonValueKind.Object when node.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String => d.GetString(),
            JsonValueKind.Object when node.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.String => t.GetString(),
            _ => null,
        };
        if (text == "..") return null;
        return text is not null && CqlBinding.DayOf(text) is { } day ? day
            : throw new CqlSyntaxException("expected a day, an RFC 3339 instant or '..'", path: path);
    }

    private static Geometry Geometry(JsonElement node, string path)
    {
        Func<string, CqlSyntaxException> fail = message => new CqlSyntaxException(message, path: path);
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("bbox", out var bbox) && !node.TryGetProperty("type", out _))
        {
            if (bbox.ValueKind != JsonValueKind.Array || bbox.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
                throw fail("a bbox is an array of numbers");
            return CqlGeometry.FromBbox(bbox.EnumerateArray().Select(n => n.GetDouble()).ToList(), fail);
        }
        Geometry? geometry;
        try
        {
            geometry = node.ValueKind == JsonValueKind.Object ? node.Deserialize<Geometry>(GeoJson) : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw fail($"the GeoJSON geometry cannot be read: {FirstSentence(e.Message)}");
        }
        return CqlGeometry.Checked(geometry ?? throw fail("expected a GeoJSON geometry or {\"bbox\": […]}"), fail);
    }

    private static void Arity(List<JsonElement> args, int count, string op, Func<string, CqlSyntaxException> fail)
    {
        if (args.Count != count) throw fail($"'{op}' takes {count} argument{(count == 1 ? "" : "s")}, not {args.Count}");
    }

    /// <summary>The 1-based character of a JSON error (the reader counts lines and bytes within them).</summary>
    private static int Position(string text, JsonException e)
    {
        var lineStart = 0;
        for (var line = 0L; line < (e.LineNumber ?? 0) && lineStart < text.Length; line++)
            lineStart = text.IndexOf('\n', lineStart) is var n and >= 0 ? n + 1 : text.Length;
        var bytes = Encoding.UTF8.GetBytes(text[lineStart..]);
        var inLine = (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length);
        return lineStart + Encoding.UTF8.GetCharCount(bytes, 0, inLine) + 1;
    }

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
}
