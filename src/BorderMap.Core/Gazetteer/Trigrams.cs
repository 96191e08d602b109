namespace BorderMap.Core.Gazetteer;

/// <summary>
/// Trigram similarity exactly as PostgreSQL's pg_trgm defines it, so that a ranking computed here
/// agrees with <c>similarity()</c> and the <c>%</c> operator over a <c>gin_trgm_ops</c> index.
/// </summary>
/// <remarks>
/// pg_trgm lower-cases the text, splits it into words at every char that is not a letter or digit,
/// pads each word with two spaces in front and one behind, takes the set of 3-char substrings, and
/// scores two sets as |A ∩ B| / |A ∪ B| (0 when either is empty). Two known differences, neither
/// relevant to names after <see cref="NameNormalizer"/>: pg_trgm classifies letters with the
/// database's locale (here: Unicode), and it hashes a trigram longer than three bytes (any non-ASCII
/// trigram) to three bytes, so two different non-ASCII trigrams can, rarely, collide there.
/// PostgreSQL returns a float4; compare with a tolerance of 1e-6.
/// </remarks>
public static class Trigrams
{
    private const int StackLimit = 128;

    /// <summary>pg_trgm's <c>similarity(a, b)</c>.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var setA = Set(a);
        var setB = Set(b);
        return Similarity(setA, setB);
    }

    /// <summary>pg_trgm's <c>show_trgm(text)</c>: the distinct trigrams, in ordinal order.</summary>
    public static IReadOnlyList<string> Show(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Set(text).Select(Unpack).ToArray();
    }

    /// <summary>Similarity of two sets made by <see cref="Set"/>.</summary>
    internal static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var common = CountCommon(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>The sorted, distinct trigrams of <paramref name="text"/>, each packed into 48 bits.</summary>
    internal static ulong[] Set(ReadOnlySpan<char> text)
    {
        // A word of n chars yields n + 1 trigrams (n + 3 padded chars); separators yield none.
        var capacity = text.Length + 1;
        var buffer = capacity <= StackLimit ? stackalloc ulong[StackLimit] : new ulong[capacity];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                count += AddWord(text[start..i], buffer[count..]);
                start = -1;
            }
        }

        var trigrams = buffer[..count];
        trigrams.Sort();
        var distinct = 0;
        for (var i = 0; i < trigrams.Length; i++)
        {
            if (distinct == 0 || trigrams[i] != trigrams[distinct - 1])
            {
                trigrams[distinct++] = trigrams[i];
            }
        }

        return trigrams[..distinct].ToArray();
    }

    internal static int CountCommon(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    private static int AddWord(ReadOnlySpan<char> word, Span<ulong> output)
    {
        // "  " + word + " ": slide a window of three over the padded word without building it.
        var count = 0;
        char first = ' ', second = ' ';
        for (var i = 0; i <= word.Length; i++)
        {
            var third = i < word.Length ? char.ToLowerInvariant(word[i]) : ' ';
            output[count++] = Pack(first, second, third);
            first = second;
            second = third;
        }

        return count;
    }

    private static ulong Pack(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    private static string Unpack(ulong trigram) =>
        new([(char)(trigram >> 32), (char)((trigram >> 16) & 0xFFFF), (char)(trigram & 0xFFFF)]);
}
