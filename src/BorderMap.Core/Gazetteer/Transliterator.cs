using System.Buffers;

namespace BorderMap.Core.Gazetteer;

/// <summary>
/// Cyrillic → Latin in the spelling English-language reporting uses for this region:
/// Хорог → khorog, Пяндж → pyandzh, Қалъаи Хум → qalai khum. Roughly BGN/PCGN for Russian
/// (х kh, ж zh, ц ts, щ shch, е → ye at the start of a word and after a vowel) plus the Tajik,
/// Uzbek and Kyrgyz letters (ғ gh, қ q, ҳ h, ҷ j, ӣ i, ӯ u, ў u, ө o, ү u, ң ng).
/// </summary>
/// <remarks>
/// Arabic-script names are deliberately left alone: Dari spellings are matched through the
/// gazetteer's Persian alternate names, not by guessing vowels that the script does not write.
/// Every non-Cyrillic char passes through unchanged, so run <see cref="NameNormalizer"/> first;
/// Cyrillic capitals are lower-cased here anyway so raw text is safe. The Tajik ъ is a glottal stop
/// that English reporting writes as an apostrophe or not at all, so it disappears like ь.
/// </remarks>
public static class Transliterator
{
    private const int StackLimit = 256;

    // Longest Latin rendering of one Cyrillic letter (щ → shch).
    private const int MaxExpansion = 4;

    /// <summary>The Latin form of <paramref name="text"/>; the same instance if it holds no Cyrillic.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ContainsCyrillic(text))
        {
            return text;
        }

        var capacity = text.Length * MaxExpansion;
        char[]? rented = null;
        var buffer = capacity <= StackLimit
            ? stackalloc char[capacity]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var written = ToLatin(text, buffer);
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

    /// <summary>True when any char of <paramref name="text"/> is in the Cyrillic blocks.</summary>
    public static bool ContainsCyrillic(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0400', '\u052F');

    private static int ToLatin(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var previous = ' ';
        foreach (var raw in source)
        {
            var c = char.ToLowerInvariant(raw);
            var latin = NameNormalizer.IsCyrillic(c) ? Render(c, previous) : null;
            if (latin is null)
            {
                destination[written++] = raw;
            }
            else
            {
                latin.CopyTo(destination[written..]);
                written += latin.Length;
            }

            previous = c;
        }

        return written;
    }

    private static string? Render(char c, char previous) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d",
        'е' => StartsSyllable(previous) ? "ye" : "e",
        'ё' => "yo", 'ж' => "zh", 'з' => "z", 'и' => "i", 'й' => "y",
        'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
        'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
        'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh",
        'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e",
        'ю' => "yu", 'я' => "ya",

        // Tajik
        'ғ' => "gh", 'ӣ' => "i", 'қ' => "q", 'ӯ' => "u", 'ҳ' => "h", 'ҷ' => "j",

        // Uzbek, Kyrgyz, Kazakh and Ukrainian letters met in names around the Pamirs and in
        // Soviet-era sources.
        'ў' => "u", 'ө' => "o", 'ү' => "u", 'ң' => "ng", 'ә' => "a", 'ұ' => "u",
        'һ' => "h", 'і' => "i", 'ї' => "yi", 'є' => "ye", 'ґ' => "g",

        _ => null,
    };

    // BGN/PCGN writes е as "ye" where it starts a syllable: at the start of a word (Ёл, Есенин)
    // and after a vowel or a hard/soft sign.
    private static bool StartsSyllable(char previous) =>
        !char.IsLetter(previous) || "аеёиоуыэюяӣӯъьіїє".Contains(previous);
}
