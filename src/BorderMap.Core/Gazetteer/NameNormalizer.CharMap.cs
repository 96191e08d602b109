using System.Globalization;
using System.Text;

namespace BorderMap.Core.Gazetteer;

// The per-character map behind NameNormalizer. Everything below U+0700 (Latin, IPA and modifier
// letters, combining marks, Greek, Cyrillic, Arabic) and Latin Extended Additional is answered from
// tables built once at start-up; the rest falls back to the Unicode category.
public static partial class NameNormalizer
{
    private const int Separator = -1;
    private const int Dropped = 0;

    // Apostrophes, primes and the modifier letters that stand for them (Uzbek/Tajik Latin oʻ, gʻ,
    // scholarly ʿayn and hamza, soft/hard-sign primes ʹ ʺ). Writers add or omit them freely
    // (Qal'ai / Qalai), so they vanish without leaving a word break.
    private const string Apostrophes = "'`´ʹʺʻʼʽʾʿˈˊˋ‘’‛′″‵＇";

    // Letters whose diacritic-free base would lose a sound that English-language reporting writes
    // as a digraph (Šugnan = Shugnan, ǰ = j), and letters that do not decompose at all.
    private static readonly Dictionary<char, string> s_latinSpecials = new()
    {
        ['š'] = "sh", ['Š'] = "sh", ['ş'] = "sh", ['Ş'] = "sh", ['ș'] = "sh", ['Ș'] = "sh",
        ['č'] = "ch", ['Č'] = "ch", ['ç'] = "ch", ['Ç'] = "ch",
        ['ž'] = "zh", ['Ž'] = "zh", ['ǰ'] = "j",
        ['ǧ'] = "gh", ['Ǧ'] = "gh", ['ğ'] = "gh", ['Ğ'] = "gh", ['ƣ'] = "gh", ['Ƣ'] = "gh",
        ['ḫ'] = "kh", ['Ḫ'] = "kh", ['ḵ'] = "kh", ['Ḵ'] = "kh", ['ẖ'] = "kh",
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe",
        ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d",
        ['ł'] = "l", ['Ł'] = "l", ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "h",
        ['þ'] = "th", ['Þ'] = "th", ['ŋ'] = "ng", ['Ŋ'] = "ng",
    };

    // Arabic-script letters that Arabic, Persian, Pashto and Urdu keyboards produce for the same
    // letter of a Dari name. Persian forms are the canonical ones because the names are Dari.
    private static readonly Dictionary<char, char> s_arabicVariants = new()
    {
        ['\u064A'] = 'ی', ['\u0649'] = 'ی', ['\u06D0'] = 'ی', ['\u06CD'] = 'ی', ['\u0626'] = 'ی',
        ['\u0643'] = 'ک', ['\u06AA'] = 'ک',
        ['\u0623'] = 'ا', ['\u0625'] = 'ا', ['\u0622'] = 'ا', ['\u0671'] = 'ا', ['\u0672'] = 'ا', ['\u0673'] = 'ا',
        ['\u0629'] = 'ه', ['\u06C0'] = 'ه', ['\u06C1'] = 'ه', ['\u06D5'] = 'ه', ['\u06BE'] = 'ه',
        ['\u0624'] = 'و',
    };

    private static readonly string[] s_low = BuildTable(0x0000, 0x0700);
    private static readonly string[] s_latinAdditional = BuildTable(0x1E00, 0x1F00);

    private static int Map(char c, Span<char> output)
    {
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        {
            output[0] = c;
            return 1;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            output[0] = (char)(c | 0x20);
            return 1;
        }

        if (c == ' ')
        {
            return Separator;
        }

        var replacement = c < 0x0700 ? s_low[c]
            : c is >= '\u1E00' and < '\u1F00' ? s_latinAdditional[c - 0x1E00]
            : null;
        return replacement is null ? MapOther(c, output) : Emit(replacement, output);
    }

    private static int Emit(string replacement, Span<char> output)
    {
        if (replacement.Length == 0)
        {
            return Dropped;
        }

        if (replacement[0] == ' ')
        {
            return Separator;
        }

        replacement.CopyTo(output);
        return replacement.Length;
    }

    // Chars outside the tables: general punctuation, CJK, fullwidth forms, surrogates.
    private static int MapOther(char c, Span<char> output)
    {
        if (c == '\u200C')
        {
            return Separator;
        }

        if (Apostrophes.Contains(c))
        {
            return Dropped;
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return Dropped;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
                output[0] = char.ToLowerInvariant(c);
                return 1;
            case UnicodeCategory.DecimalDigitNumber:
                output[0] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
                return 1;
            default:
                return Separator;
        }
    }

    private static string[] BuildTable(int from, int to)
    {
        var table = new string[to - from];
        for (var code = from; code < to; code++)
        {
            table[code - from] = Classify((char)code);
        }

        return table;
    }

    // The replacement for one char: "" to drop it, " " for a word break, otherwise the text.
    private static string Classify(char c)
    {
        if (c == '\u0640' || Apostrophes.Contains(c))
        {
            return ""; // tatweel only stretches a word; apostrophes see above
        }

        if (s_latinSpecials.TryGetValue(c, out var special))
        {
            return special;
        }

        if (s_arabicVariants.TryGetValue(c, out var arabic))
        {
            return arabic.ToString();
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return "";
            case UnicodeCategory.DecimalDigitNumber:
                return ((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))).ToString();
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
                return IsCyrillic(c) ? char.ToLowerInvariant(c).ToString() : StripMarks(c);
            default:
                return " ";
        }
    }

    internal static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    // Latin, Greek and Arabic letters lose their marks: ā ī ū ŏ → a i u o, آ أ → ا.
    private static string StripMarks(char c)
    {
        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            var category = char.GetUnicodeCategory(part);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter)
            {
                continue;
            }

            // Lower-case again after decomposing: İ lower-cases to itself and decomposes to I + dot.
            var lower = char.ToLowerInvariant(part);
            builder.Append(s_arabicVariants.TryGetValue(lower, out var unified) ? unified : lower);
        }

        // MaxOutputLength promises at most two chars per input char; no letter here decomposes
        // into more than two base letters (ǆ → dz is the longest), and the tests hold us to it.
        return builder.Length == 0 ? char.ToLowerInvariant(c).ToString() : builder.ToString();
    }
}
