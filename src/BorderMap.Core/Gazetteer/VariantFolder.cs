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
/// <item>consonant digraphs: dzh, dj, zh → j; kh → x; gh → g; q → k; w → v ("sh" and "ch" stay);</item>
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
/// gazetteer data), h/kh, k/g, s/sh. Words that are not Latin (Persian script) are only joined.
/// </remarks>
public static class VariantFolder
{
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

    // Each step rewrites the word in place; none makes it longer.
    private static int FoldWord(Span<char> word, bool isLast)
    {
        var length = FoldConsonants(word);
        length = DropGlides(word, length);
        if (!isLast)
        {
            length = DropIzafet(word, length);
        }

        length = FoldWordEnd(word, length);
        length = FoldQala(word, length);
        FoldVowels(word[..length]);
        return length;
    }

    private static int FoldConsonants(Span<char> word)
    {
        var write = 0;
        var read = 0;
        while (read < word.Length)
        {
            var rest = word[read..];
            if (rest.StartsWith("dzh"))
            {
                word[write++] = 'j';
                read += 3;
            }
            else if (rest.StartsWith("dj") || rest.StartsWith("zh"))
            {
                word[write++] = 'j';
                read += 2;
            }
            else if (rest.StartsWith("kh"))
            {
                word[write++] = 'x';
                read += 2;
            }
            else if (rest.StartsWith("gh"))
            {
                word[write++] = 'g';
                read += 2;
            }
            else
            {
                word[write++] = rest[0] switch { 'q' => 'k', 'w' => 'v', var c => c };
                read++;
            }
        }

        return write;
    }

    // Russian palatalised vowels (я ю е ё after a consonant) and their English renderings
    // (ya/ia, yu/iu, ye, yo) carry no information a Tajik or Dari spelling has: Пяндж is Panj.
    private static int DropGlides(Span<char> word, int length)
    {
        var write = 0;
        var read = 0;
        while (read < length)
        {
            var c = word[read];
            if (c is 'y' or 'i' && write > 0 && IsConsonant(word[write - 1]))
            {
                var end = read;
                while (end < length && word[end] is 'y' or 'i')
                {
                    end++;
                }

                if (end < length && word[end] is 'a' or 'o' or 'u' or 'e')
                {
                    if (end - read == 1 && c == 'y' && word[end] == 'o')
                    {
                        word[write++] = 'e';
                        read = end + 1;
                    }
                    else
                    {
                        read = end;
                    }

                    continue;
                }
            }

            word[write++] = c;
            read++;
        }

        return write;
    }

    private static int DropIzafet(Span<char> word, int length)
    {
        if (length <= 3 || word[length - 1] is not ('i' or 'e'))
        {
            return length;
        }

        length--;
        if (length > 3 && word[length - 1] == 'y' && IsVowel(word[length - 2]))
        {
            length--;
        }

        return length;
    }

    private static int FoldWordEnd(Span<char> word, int length)
    {
        if (length > 2 && word[..length].EndsWith("mb"))
        {
            return length - 1;
        }

        if (length > 2 && word[..length].EndsWith("ch"))
        {
            word[length - 2] = 'j';
            return length - 1;
        }

        return length;
    }

    // Qal'a ("fort") starts dozens of names on both banks and is spelled every possible way,
    // often glued to the next word with its izafet: Kalaikhum, Qal'ai Khumb, Qalay-i-Zal.
    private static int FoldQala(Span<char> word, int length)
    {
        if (length < 4 || !word.StartsWith("kal") || word[3] is not ('a' or 'e'))
        {
            return length;
        }

        var cut = 4;
        if (cut < length && word[cut] == 'h')
        {
            cut++;
        }

        while (cut < length && word[cut] is 'i' or 'e' or 'y')
        {
            cut++;
        }

        word[3] = 'a';
        word[cut..length].CopyTo(word[4..]);
        return length - (cut - 4);
    }

    private static void FoldVowels(Span<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            word[i] = word[i] switch
            {
                'o' or 'u' => 'a',
                'e' or 'y' => 'i',
                var c => c,
            };
        }
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
