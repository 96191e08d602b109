using System.Buffers;
using System.Text;

namespace BorderMap.Core.Gazetteer;

/// <summary>
/// First stage of name matching: one spelling-preserving, script-preserving form of a name.
/// Lower-cases (culture-invariant), strips Latin diacritics, drops apostrophes and modifier letters,
/// turns hyphens, dots, underscores and other punctuation into single spaces, trims, and unifies the
/// Arabic/Persian letter variants that keyboards mix (yeh, kaf, alef, teh marbuta, harakat, tatweel).
/// </summary>
/// <remarks>
/// Cyrillic letters keep their diacritics (й, ё, ӣ, ӯ, ў are letters of their own that
/// <see cref="Transliterator"/> maps), so the output is still in the input's script.
/// ZWNJ becomes a space: Persian typists write the same compound with a ZWNJ, a space or a hyphen,
/// and pg_trgm also treats it as a word break, so both sides agree.
/// It runs in the geoparser's hot path: input that is already normal comes back as the same
/// instance, and everything else costs one string allocation.
/// </remarks>
public static partial class NameNormalizer
{
    private const int StackLimit = 256;

    /// <summary>The normal form of <paramref name="name"/>; empty for null or blank input.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        if (IsAlreadyNormal(name))
        {
            return name;
        }

        // Decomposed input (a base letter followed by a combining mark) is rare but real, e.g. text
        // pasted from macOS. Composing first keeps Cyrillic й whole instead of letting its breve be
        // dropped as a diacritic; precomposed Latin letters then go through the table as usual.
        ReadOnlySpan<char> source = HasCombiningMark(name) ? name.Normalize(NormalizationForm.FormC) : name;

        var capacity = MaxOutputLength(source.Length);
        char[]? rented = null;
        // Sized to the input: stackalloc zero-fills, and a fixed 256-char buffer costs more than the work.
        var buffer = capacity <= StackLimit
            ? stackalloc char[capacity]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var written = Normalize(source, buffer);
            return written == name.Length && buffer[..written].SequenceEqual(name)
                ? name
                : new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Largest output for an input of <paramref name="length"/> chars (š → sh doubles a char).</summary>
    public static int MaxOutputLength(int length) => length * 2;

    /// <summary>
    /// Writes the normal form of <paramref name="source"/> into <paramref name="destination"/>, which
    /// must hold <see cref="MaxOutputLength"/> chars, and returns the number of chars written.
    /// Expects composed (NFC) input; see <see cref="Normalize(string?)"/>.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < MaxOutputLength(source.Length))
        {
            throw new ArgumentException(
                $"Destination holds {destination.Length} chars; normalising {source.Length} chars needs {MaxOutputLength(source.Length)}.",
                nameof(destination));
        }

        var written = 0;
        var pendingSpace = false;
        Span<char> mapped = stackalloc char[2];
        foreach (var c in source)
        {
            var count = Map(c, mapped);
            if (count == Dropped)
            {
                continue;
            }

            if (count == Separator)
            {
                // Leading separators vanish, runs collapse, and a trailing one is never flushed.
                pendingSpace |= written > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[written++] = ' ';
                pendingSpace = false;
            }

            mapped[..count].CopyTo(destination[written..]);
            written += count;
        }

        return written;
    }

    private static bool IsAlreadyNormal(string name)
    {
        if (name[0] == ' ' || name[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            previousSpace = false;
        }

        return true;
    }

    private static bool HasCombiningMark(string name)
    {
        foreach (var c in name)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                return true;
            }
        }

        return false;
    }
}
