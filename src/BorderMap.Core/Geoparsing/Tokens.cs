namespace BorderMap.Core.Geoparsing;

/// <summary>
/// A word of a sentence: letters and digits, with inner hyphens and apostrophes kept ("Qal'ai-Khumb").
/// It points into the sentence instead of copying it: an article has a thousand words and they are
/// only ever looked at as spans.
/// </summary>
public readonly record struct Token(int Start, int End, string Source)
{
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, End - Start);

    /// <summary>Capitalised in a script with case (Latin, Cyrillic); any word of a script without case (Persian).</summary>
    public bool IsCapitalized => End > Start && (char.IsUpper(Source[Start]) || char.IsLetter(Source[Start]) && !HasCase(Source[Start]));

    private static bool HasCase(char c) => char.ToUpperInvariant(c) != char.ToLowerInvariant(c);
}

public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/> into <paramref name="tokens"/>, emptied first: one buffer serves every sentence of an article.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text, i))) i++;
            tokens.Add(new Token(start, i, text));
        }
    }

    // A hyphen or apostrophe between two letters belongs to the word: Qal'ai, Mazar-e, al-Qaeda.
    private static bool IsInner(string text, int i) =>
        text[i] is '-' or '\'' or '’' or '‘' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
