using System.Buffers;

namespace BorderMap.Core.Gazetteer;

/// <summary>
/// Folds the spelling variants that transliteration produces into one match key, so that
/// Khorog / Khorugh / Хорог, Pyanj / Panj / Пяндж and Qalai Khumb / Kalaikhum / Qal'ai Khum
/// collide in a dictionary. A key is for lookup only; never show it to a person.
/// </summary>
/// <remarks>
/// The rules, in the order they run on each Latin word:
/// <list type="number">
/// <item>consonant digraphs: dzh, dj, zh → j; khw, khv, kh → x (Persian khwa is also written kha, and
/// хва in Russian); gkh, gh → g (Russian гх);
/// q → k; w → v ("sh" and "ch" stay);</item>
/// <item>a glide after a consonant goes (Pyanj → Panj, Kulyab → Kulab, Kabadian → Kabadan), and a
/// Russian ё after a consonant becomes e (Fyodorovka = Fedorovka);</item>
/// <item>an izafet -i/-e/-yi/-ye on any word but the last goes (Jaloliddini Balkhi, Dashti Qala),
/// and standalone izafet words go (Qala-e Khum, Mazar-i-Sharif);</item>
/// <item>word-final "mb" → m (Khumb/Khum) and "ch" → j (Russian Ванч for Tajik Ванҷ);</item>
/// <item>Qal'a, Qala, Kala, Qalah, Qalai, Kalayi … at the start of a word → kala;</item>
/// <item>vowels fold to two classes, {a, o, u} → a and {e, i, y} → i, because Tajik writes o where
/// Russian and Dari write a (Darvoz/Darvaz, Rushon/Rushan, -obod/-abad), and Dari e is Tajik i
/// (Eshkashem/Ishkashim);</item>
/// <item>spaces go (Sherkhan Bandar = Sher Khan Bandar) and doubled letters collapse
/// (Shuroabad → Shurabad, Hissar = Hisar).</item>
/// </list>
/// Consonants that distinguish places stay distinct: f/p (Farkhor is not Parkhar; that link is
/// gazetteer data), h/kh, k/g, s/sh. Words that are not Latin (Persian script) are only joined and
/// have doubled letters collapsed.
/// </remarks>
public static partial class VariantFolder
{
    /// <summary>
    /// Changes whenever a rule here, or how names are read from the geodata files (<see cref="TruncatedNames"/>), does:
    /// names and keys stored in PostGIS are rebuilt when it differs (the geodata version includes it).
    /// </summary>
    public const string RulesVersion = "4: khw, khv, gkh; truncated GeoNames names dropped";

    private const int StackLimit = 256;

    private static readonly string[] s_izafetWords = ["i", "e", "yi", "ye"];

    /// <summary>The full pipeline: normalise, transliterate, fold.</summary>
    public static string MatchKey(string name) =>
        Fold(Transliterator.ToLatin(NameNormalizer.Normalize(name)));

    /// <summary>
    /// Folds a name that has already been through <see cref="NameNormalizer"/> and
    /// <see cref="Transliterator"/>. The key is never longer than its input.
    /// </summary>
    public static string Fold(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        if (latin.Length == 0)
        {
            return latin;
        }

        char[]? rented = null;
        var buffer = latin.Length <= StackLimit
            ? stackalloc char[latin.Length]
            : (rented = ArrayPool<char>.Shared.Rent(latin.Length));
        try
        {
            var written = Fold(latin, buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Fold(ReadOnlySpan<char> latin, Span<char> destination)
    {
        var bound = latin.Count(' ') + 1;
        var words = bound <= 16 ? stackalloc Range[bound] : new Range[bound];
        var count = SplitWords(latin, words);

        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var word = latin[words[i]];
            var target = destination[written..];
            word.CopyTo(target);
            written += IsLatin(word) ? FoldWord(target[..word.Length], isLast: i == count - 1) : word.Length;
        }

        return CollapseDoubles(destination[..written]);
    }

    // Splits on spaces and drops standalone izafet words, unless that would leave nothing.
    private static int SplitWords(ReadOnlySpan<char> text, Span<Range> words)
    {
        var count = 0;
        var kept = 0;
        foreach (var range in text.Split(' '))
        {
            if (text[range].IsEmpty)
            {
                continue;
            }

            words[count++] = range;
            kept += IsIzafetWord(text[range]) ? 0 : 1;
        }

        if (kept == 0 || kept == count)
        {
            return count;
        }

        var write = 0;
        for (var read = 0; read < count; read++)
        {
            if (!IsIzafetWord(text[words[read]]))
            {
                words[write++] = words[read];
            }
        }

        return write;
    }

    private static bool IsIzafetWord(ReadOnlySpan<char> word)
    {
        foreach (var izafet in s_izafetWords)
        {
            if (word.SequenceEqual(izafet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatin(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CollapseDoubles(Span<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var write = 1;
        for (var read = 1; read < text.Length; read++)
        {
            if (text[read] != text[write - 1])
            {
                text[write++] = text[read];
            }
        }

        return write;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && !IsVowel(c);
}
