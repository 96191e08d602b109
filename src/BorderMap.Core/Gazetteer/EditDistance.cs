namespace BorderMap.Core.Gazetteer;

/// <summary>
/// Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
/// substitutions and transpositions of adjacent chars each cost 1, and no substring is edited twice.
/// It catches the single slip a trigram measure punishes hardest on a short name
/// (Rustq, Farkor, Khorg).
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 64;

    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (b.IsEmpty)
        {
            return a.Length;
        }

        // Three rolling rows over the shorter string: the transposition step looks two rows back.
        var width = b.Length + 1;
        var rows = width * 3 <= StackLimit * 3 ? stackalloc int[StackLimit * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
