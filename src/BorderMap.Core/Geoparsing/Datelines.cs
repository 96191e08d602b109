using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// A dateline names where the report was filed, not where anything happened: "KUNDUZ CITY
/// (Pajhwok):", "FAIZABAD, Afghanistan (Xinhua) --", "ДУШАНБЕ, 5 фев — Sputnik". A toponym that
/// opens a sentence and is followed by a dateline's punctuation is the newsroom.
/// </summary>
public static partial class Datelines
{
    public static bool IsDateline(string sentence, ToponymMention mention)
    {
        if (mention.Start > 1) return false;
        var after = sentence[mention.End..Math.Min(sentence.Length, mention.End + 40)];
        if (AfterDateline().IsMatch(after)) return true;
        return IsUpper(mention.Surface) && AfterCapitals().IsMatch(after);
    }

    private static bool IsUpper(string surface) => surface.Length >= 3 && surface.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"^(\s+(CITY|City|CITY,))?\s*(:\s|\([^)]{2,30}\)\s*[:,—–-]|,\s*(Afghanistan|Tajikistan|Uzbekistan|Афганистан|Таджикистан)\b[^.]{0,20}?(\(|—|–|--)|\s*(—|–|--)\s)")]
    private static partial Regex AfterDateline();

    [GeneratedRegex(@"^(\s+(CITY|City))?\s*[,.:(—–]")]
    private static partial Regex AfterCapitals();
}
