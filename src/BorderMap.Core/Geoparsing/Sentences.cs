namespace BorderMap.Core.Geoparsing;

/// <summary>One sentence of an article with its offsets, and the paragraph it sits in.</summary>
public sealed record Sentence(int Start, int End, string Text, int Paragraph)
{
    public Evidence ToEvidence() => new(Start, End, Text);
}

/// <summary>
/// Splits wire-report text into sentences: at . ! ? followed by space and a capital, digit or quote,
/// and at every line break, but not after abbreviations, initials or inside numbers ("U.S.", "Gen.", "2.5").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "st", "u.s", "u.n", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx", "e.g", "i.e", "vs", "etc", "km", "jr", "sr", "prof", "gov", "rep",
        "г", "гг", "им", "ул", "с", "пос", "т.е", "т.н", "т.к", "см", "р-н", "обл", "тыс", "млн", "млрд", "кг", "ген", "полк", "подполк", "ст",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                Add(sentences, text, start, i, paragraph);
                while (i + 1 < text.Length && (text[i + 1] == '\n' || text[i + 1] == '\r')) i++;
                start = i + 1;
                paragraph++;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')') end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end]) || text[end] is '\n' or '\r') continue;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next >= text.Length) continue;
            var following = text[next];
            if (!(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '‘' or '\'' or '(')) continue;
            if (c == '.' && IsAbbreviation(text, start, i)) continue;

            Add(sentences, text, start, end, paragraph);
            start = next;
            i = next - 1;
        }
        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(') wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Lucas A. Webber"
        // A name cut short: "Shohon Sh. Shohin district", "Sh. Shohin".
        if (word.Length == 2 && char.IsUpper(word[0]) && char.IsLower(word[1])) return true;
        return s_abbreviations.Contains(word.ToString());
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, text[start..end], paragraph));
    }
}
