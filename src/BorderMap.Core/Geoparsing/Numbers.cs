using System.Globalization;

namespace BorderMap.Core.Geoparsing;

/// <summary>Counts written as digits or words, with ACLED's readings of vague ones ("several" = 3, "dozens" = 12).</summary>
public static class Numbers
{
    private static readonly Dictionary<string, int> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["another"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100, ["couple"] = 2, ["both"] = 2,
        ["several"] = 3, ["few"] = 3, ["some"] = 3, ["dozen"] = 12, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100,
    };

    public static int? Parse(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        return s_words.TryGetValue(word, out var w) ? w : null;
    }

    /// <summary>The words and digits <see cref="Parse"/> reads, as a regex alternative.</summary>
    public const string Pattern = @"\d{1,5}|another|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|few|couple|both|dozens|dozen|scores";
}
