namespace BorderMap.Core.Geoparsing;

/// <summary>Counts in Russian words, in the cases reports use ("трое", "трех", "двух", "нескольких"), with ACLED's readings of vague ones.</summary>
public static class RussianNumbers
{
    private static readonly Dictionary<string, int> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["одного"] = 1, ["одной"] = 1, ["одному"] = 1, ["одним"] = 1,
        ["два"] = 2, ["две"] = 2, ["двое"] = 2, ["двух"] = 2, ["двоих"] = 2, ["двум"] = 2, ["двумя"] = 2,
        ["три"] = 3, ["трое"] = 3, ["трех"] = 3, ["трёх"] = 3, ["троих"] = 3, ["трем"] = 3, ["тремя"] = 3,
        ["четыре"] = 4, ["четверо"] = 4, ["четырех"] = 4, ["четырёх"] = 4, ["четверых"] = 4,
        ["пять"] = 5, ["пятеро"] = 5, ["пяти"] = 5, ["пятерых"] = 5, ["шесть"] = 6, ["шестеро"] = 6, ["шести"] = 6,
        ["семь"] = 7, ["семеро"] = 7, ["семи"] = 7, ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9,
        ["десять"] = 10, ["десяти"] = 10, ["десятеро"] = 10, ["одиннадцать"] = 11, ["двенадцать"] = 12, ["пятнадцать"] = 15,
        ["двадцать"] = 20, ["тридцать"] = 30, ["несколько"] = 3, ["нескольких"] = 3, ["десятки"] = 12, ["десятков"] = 12,
    };

    public static int? Parse(string word) =>
        int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : s_words.TryGetValue(word, out var w) ? w : null;

    /// <summary>The words <see cref="Parse"/> reads, as a regex alternative.</summary>
    public static readonly string Pattern = @"\d{1,5}|" + string.Join("|", s_words.Keys.OrderByDescending(k => k.Length));
}
