using System.Text.RegularExpressions;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Reads the Russian words around toponyms and country names, as <see cref="MentionRoles"/> does
/// for English: "в районе X" and a border unit's sector are near X (precision 2), "из X" is where
/// people or fire came from, "в больницу X" is never the place, "на афганской стороне" is the side.
/// </summary>
public static partial class RussianRoles
{
    public static MentionRole Of(string sentence, ToponymMention mention)
    {
        if (Datelines.IsDateline(sentence, mention)) return MentionRole.Source;
        // Spans, not substrings: this runs for every toponym of every sentence with a trigger.
        var before = sentence.AsSpan(Math.Max(0, mention.Start - 48), Math.Min(48, mention.Start));
        var after = sentence.AsSpan(mention.End, Math.Min(sentence.Length - mention.End, 30));
        if (Foreign().IsMatch(before) || NotHere().IsMatch(before) || PeopleOf().IsMatch(before) || River().IsMatch(before)
            || Organisation().IsMatch(before) || Organisation().IsMatch(after)) return MentionRole.Excluded;
        if (Facing().IsMatch(before)) return MentionRole.Origin;
        if (Near().IsMatch(before) || UnitAfter().IsMatch(after)) return MentionRole.Near;
        if (From().IsMatch(before)) return MentionRole.Origin;
        if (SaidAfter().IsMatch(after)) return MentionRole.Source;
        return MentionRole.Location;
    }

    public static List<CountryCue> Countries(string sentence)
    {
        var cues = new List<CountryCue>();
        Add(cues, Origin(), CountryCueKind.Origin, sentence);
        Add(cues, Target(), CountryCueKind.Target, sentence);
        Add(cues, Qualifier(), CountryCueKind.Qualifier, sentence);
        Add(cues, Actor(), CountryCueKind.Actor, sentence);
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;
    }

    public static bool NamesTheBorder(string sentence) => BorderWords().IsMatch(sentence) && !OtherBorder().IsMatch(sentence);

    public static bool NamesOtherBorder(string text) => OtherBorder().IsMatch(text);

    private static void Add(List<CountryCue> cues, Regex pattern, CountryCueKind kind, string sentence)
    {
        foreach (Match m in pattern.Matches(sentence))
        {
            if (cues.Any(c => m.Index < c.End && c.Start < m.Index + m.Length)) continue;
            var country = m.Groups["c"].Value.StartsWith("т", StringComparison.OrdinalIgnoreCase) ? Incidents.Countries.Tajikistan : Incidents.Countries.Afghanistan;
            cues.Add(new CountryCue(country, kind, m.Index, m.Index + m.Length));
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(с|со|из)\s+(?:территории\s+)?(?<c>(Таджикистан|Афганистан)\w*|(таджикск|афганск)\w+\s+(сторон|территори|берег)\w*)", Options)]
    private static partial Regex Origin();

    [GeneratedRegex(@"\b(в|на|во)\s+(?:территори\w+\s+)?(?<c>(Таджикистан|Афганистан)\w*|(таджикск|афганск)\w+\s+(сторон|территори|берег|част)\w*)", Options)]
    private static partial Regex Target();

    [GeneratedRegex(@"\b(?<c>(таджикск|афганск)\w+)\s+(провинци\w*|уезд\w*|район\w*|кишлак\w*|сел\w*|город\w*|населенн\w+ пункт\w*|застав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|пост(а|у|е|ом|ы|ов|ам|ами|ах)?|погранзастав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|погранпост(а|у|е|ом|ы|ов|ам|ами|ах)?|округ\w*)|\b(?<c>Таджикистан\w*|Афганистан\w*)\s*$", Options)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?<c>(таджикск|афганск)\w+)\s+(пограничник\w*|военн\w+|сил\w*|полици\w*|власт\w*|талиб\w*|солдат\w*|силовик\w*|пограничн\w+ (войск|служб)\w*)", Options)]
    private static partial Regex Actor();

    [GeneratedRegex(@"\b(Иран\w*|Пакистан\w*|Узбекистан\w*|Росси\w*|Кита\w*|Кыргызстан\w*|Киргизи\w*|Туркмени\w*|Казахстан\w*|иранск\w+|пакистанск\w+|узбекск\w+|российск\w+|китайск\w+)\s+(город\w*\s+)?$", Options)]
    private static partial Regex Foreign();

    [GeneratedRegex(@"\b(больниц\w*|госпитал\w*|морг\w*|похорон\w*|похоронен\w*|доставлен\w*|госпитализирован\w*|отправлен\w*|этапирован\w*|суд\w*|депортирован\w*|вывезен\w*|перевезен\w*)\b[^,;.]{0,30}$", Options)]
    private static partial Regex NotHere();

    [GeneratedRegex(@"\b(уроженц?\w*|житель\w*|жители|гражданин\w*|родом из|выход\w+ из|проживающ\w+ в)\s+(\w+\s+){0,2}$", Options)]
    private static partial Regex PeopleOf();

    [GeneratedRegex(@"\b(рек[аеиуой]|реку|реки)\s+$", Options)]
    private static partial Regex River();

    [GeneratedRegex(@"^\s*[»""]?\s*(информационн\w+ агентств\w*|агентств\w*|газет\w*|радио|телеканал\w*|университет\w*|компани\w*)\b|\b(агентств\w*|издани\w*|газет\w*|телеканал\w*|радио)\s+[«""]?$", Options)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\b(близ|около|вблизи|недалеко от|неподалеку от|в окрестностях|окрестност\w+|в районе|на участке|участк\w+|в зоне ответственности|в зоне|в \d+\s*(км|километр\w*) от|в направлении|отряд\w*|погранотряд\w*|застав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|погранзастав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|пост(а|у|е|ом|ы|ов|ам|ами|ах)?|комендатур\w*|направлени\w*)\s+(\w+\s+){0,3}[«""]?\s*$", Options)]
    private static partial Regex Near();

    [GeneratedRegex(@"^\s*[»""]?\s*(погранотряд\w*|пограничн\w+ отряд\w*|отряд\w*|погранзастав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|застав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|погранпост(а|у|е|ом|ы|ов|ам|ами|ах)?|участ\w+|направлени\w+|пограничн\w+ (застав|пост)\w*)", Options)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\b(из|со стороны)\s+(\w+\s+){0,2}$", Options)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(напротив|граничащ\w+ с|граничит с|на противоположном берегу от)\s+(\w+\s+){0,3}[«""]?$", Options)]
    private static partial Regex Facing();

    [GeneratedRegex(@"^\s*(сообщил\w*|заявил\w*|сообщает\w*|передает|пишет)\b", Options)]
    private static partial Regex SaidAfter();

    // Tajikistan's other borders: "таджикско-кыргызская граница", "граница с Узбекистаном".
    [GeneratedRegex(@"\b(таджикско|афганско)-(кыргыз|киргиз|узбек|китай|иран|пакистан|туркмен)\w*|\b(кыргызско|киргизско|узбекско|китайско|иранско|пакистанско|туркменско)-(таджик|афган)\w*|\bграниц\w* с (Кыргызстан|Киргизи|Узбекистан|Китаем|Китай|Иран|Пакистан|Туркменистан)\w*", Options)]
    private static partial Regex OtherBorder();

    [GeneratedRegex(@"\b(границ\w*|погранич\w*|погран\w*|застав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|Пяндж\w*|Амудар\w*|берег\w*|рубеж\w*|КПП|пост(а|у|е|ом|ы|ов|ам|ами|ах)?)\b", Options)]
    private static partial Regex BorderWords();
}
