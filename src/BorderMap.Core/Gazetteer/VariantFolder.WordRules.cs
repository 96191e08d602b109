namespace BorderMap.Core.Gazetteer;

// The per-word rules of VariantFolder, in the order FoldWord applies them (see the class remarks).
public static partial class VariantFolder
{
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
            else if (rest.StartsWith("khw") || rest.StartsWith("khv"))
            {
                // Persian خوا is written khwa or kha, in Russian хва: Khwaja/Khaja/Хваджа, Khwahan/Khahan.
                word[write++] = 'x';
                read += 3;
            }
            else if (rest.StartsWith("gkh"))
            {
                // Russian writes Persian gh as гх: Гхар is Ghar.
                word[write++] = 'g';
                read += 3;
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
}
