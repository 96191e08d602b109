using System.Globalization;

namespace BorderMap.Core.Queries.Filtering;

internal enum CqlTokenKind { Word, String, Number, Symbol, End }

/// <summary>One token of cql2-text; <see cref="Start"/> is its 0-based offset in the filter.</summary>
internal readonly record struct CqlToken(CqlTokenKind Kind, string Text, int Start, object? Value = null)
{
    public bool Is(string word) => Kind == CqlTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
    public bool IsSymbol(string symbol) => Kind == CqlTokenKind.Symbol && Text == symbol;

    public string Shown => Kind switch
    {
        CqlTokenKind.End => "the end of the filter",
        CqlTokenKind.String => $"the text '{CqlBinding.Shorten((string)Value!)}'",
        _ => $"'{CqlBinding.Shorten(Text)}'",
    };
}

/// <summary>
/// Splits cql2-text into words (keywords and property names, or "quoted" names), 'strings' with ''
/// for a quote, numbers and the comparison symbols. Geometry literals are read whole by
/// <see cref="ReadBalanced"/>, since WKT is handed to NetTopologySuite's reader.
/// </summary>
internal sealed class CqlLexer(string text)
{
    private int _at;

    public string Text => text;

    public CqlToken Next()
    {
        while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        if (_at == text.Length) return new CqlToken(CqlTokenKind.End, "", _at);
        var start = _at;
        var c = text[_at];
        if (char.IsLetter(c) || c == '_') return Word(start);
        if (c == '"') return QuotedName(start);
        if (c == '\'') return String(start);
        if (char.IsAsciiDigit(c) || (c is '-' or '+' or '.' && _at + 1 < text.Length && (char.IsAsciiDigit(text[_at + 1]) || text[_at + 1] == '.'))) return Number(start);
        foreach (var symbol in (ReadOnlySpan<string>)["<=", ">=", "<>", "=", "<", ">", "(", ")", ","])
        {
            if (string.CompareOrdinal(text, _at, symbol, 0, symbol.Length) != 0) continue;
            _at += symbol.Length;
            return new CqlToken(CqlTokenKind.Symbol, symbol, start);
        }
        throw new CqlSyntaxException($"'{c}' is not part of CQL2 text", start + 1);
    }

    /// <summary>The text from <paramref name="start"/> through the parenthesis that closes the first one after it.</summary>
    public string ReadBalanced(int start)
    {
        _at = start;
        var depth = 0;
        while (_at < text.Length)
        {
            var c = text[_at++];
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return text[start.._at];
            else if (c == ')' && depth < 0) break;
        }
        throw new CqlSyntaxException("the geometry's parentheses are not closed", start + 1);
    }

    public void Reset(int position) => _at = position;

    private CqlToken Word(int start)
    {
        while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '.' or ':')) _at++;
        return new CqlToken(CqlTokenKind.Word, text[start.._at], start);
    }

    private CqlToken QuotedName(int start)
    {
        var end = text.IndexOf('"', start + 1);
        if (end < 0) throw new CqlSyntaxException("the quoted property name is not closed with \"", start + 1);
        _at = end + 1;
        return new CqlToken(CqlTokenKind.Word, text[(start + 1)..end], start);
    }

    private CqlToken String(int start)
    {
        var value = new System.Text.StringBuilder();
        _at++;
        while (_at < text.Length)
        {
            if (text[_at] == '\'')
            {
                if (_at + 1 < text.Length && text[_at + 1] == '\'') { value.Append('\''); _at += 2; continue; }
                _at++;
                return new CqlToken(CqlTokenKind.String, text[start.._at], start, value.ToString());
            }
            value.Append(text[_at++]);
        }
        throw new CqlSyntaxException("the text is not closed with '", start + 1);
    }

    private CqlToken Number(int start)
    {
        if (text[_at] is '-' or '+') _at++;
        while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '.' or 'e' or 'E' ||
               (text[_at] is '-' or '+' && text[_at - 1] is 'e' or 'E'))) _at++;
        var literal = text[start.._at];
        object? value = long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d
            : null;
        if (value is null) throw new CqlSyntaxException($"'{CqlBinding.Shorten(literal)}' is not a number", start + 1);
        return new CqlToken(CqlTokenKind.Number, literal, start, value);
    }
}
