using System.Buffers;
using System.Text.RegularExpressions;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// The Russian trigger lexicon: the vocabulary of border-service statements and of the Russian
/// press (перестрелка, боестолкновение, обстрел, нарушители границы, задержаны, изъято …). Same
/// trigger names, types and priority order as <see cref="EventLexicon"/>, so the stages after it
/// do not care which language a sentence was in.
/// </summary>
public static partial class RussianTriggers
{
    // The same trigger classes as English (name, ACLED type, family, tags), with Russian words.
    public static IReadOnlyList<EventTrigger> Triggers { get; } = EventLexicon.InOtherWords(new Dictionary<string, System.Text.RegularExpressions.Regex>
    {
        ["defused explosive"] = Defused(),
        ["suicide bombing"] = SuicideBomb(),
        ["air or drone strike"] = AirStrike(),
        ["shelling or rockets"] = Shelling(),
        ["explosion or IED"] = Explosion(),
        ["grenade"] = Grenade(),
        ["territory taken"] = TerritoryTaken(),
        ["territory regained"] = TerritoryRegained(),
        ["kidnapping"] = Kidnapping(),
        ["armed clash"] = ArmedClash(),
        ["riot"] = Riot(),
        ["protest"] = Protest(),
        ["killing"] = Killing(),
        ["weapons seizure"] = WeaponSeizure(),
        ["drug seizure"] = DrugSeizure(),
        ["arrest"] = Arrest(),
        ["border crossing"] = Crossing(),
        ["smuggling"] = Smuggling(),
    });

    public static List<TriggerMatch> Find(string sentence) => MayHoldTrigger(sentence) ? EventLexicon.FindIn(Triggers, sentence) : [];

    /// <summary>False only when no trigger can match.</summary>
    internal static bool MayHoldTrigger(string sentence) => sentence.AsSpan().ContainsAny(s_triggerStems);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The cheap first look: a stem that every trigger below contains (a vectorised multi-string
    // search, as in English). A test keeps the two in step.
    private static readonly SearchValues<string> s_triggerStems = SearchValues.Create(
        ["обезвре", "разминир", "РСЗО", "реактивн", "СВУ", "захвач", "пал", "перешё", "вошл", "взорв", "смертник", "самоподрыв", "беспилот", "дрон", "авиа", "вертол", "бомб", "мином", "артилл", "ракет", "снаряд", "взрыв", "подрыв", "подорв", "детонир", "мина", "мине", "мину", "мины", "фугас", "гранат", "захват", "контрол", "овладел", "отбил", "похит", "похищ", "заложник", "перестрел", "столкнов", "бой", "боя", "бою", "бое", "бои", "боях", "боями", "боем", "боев", "огонь", "огн", "обстрел", "напа", "атак", "засад", "стрел", "сопротивл", "беспоряд", "погром", "поджог", "протест", "митинг", "демонстрац", "пикет", "убит", "убил", "убийств", "погиб", "гибел", "ликвидир", "уничтож", "ранен", "ранил", "скончал", "нейтрализ", "изъя", "изъят", "обнаруж", "конфиск", "найден", "нашли", "пресеч", "пресек", "перехвач", "задерж", "арест", "стражу", "поймал", "пойман", "пересе", "переправ", "проник", "нарушител", "нарушени", "перешл", "перешел", "бежал", "отступил", "контрабанд", "тело", "тела"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(обезвре\w*|разминир\w*)\b.{0,60}\b(мин\w*|СВУ|взрывн\w*|фугас\w*|снаряд\w*)|\b(мин\w*|взрывн\w+ устройств\w*) (был[аио]? )?(обезврежен\w*)", Options)]
    private static partial Regex Defused();

    [GeneratedRegex(@"\b(смертник\w*|самоподрыв\w*|террорист\w*-смертник\w*)\b", Options)]
    private static partial Regex SuicideBomb();

    [GeneratedRegex(@"\b(беспилотник\w*|дрон\w*|авиаудар\w*|авиаци\w+|бомбардиров\w*|вертол[её]т\w* (открыл\w*|нан[её]с\w*|обстрел\w*))\b", Options)]
    private static partial Regex AirStrike();

    // A weapon's name alone is an inventory ("в арсенале имеются РСЗО"): it counts when fired, landed or struck.
    [GeneratedRegex(@"\b((мином[её]т\w*|артиллер\w*|ракет\w*|снаряд\w*|РСЗО|реактивн\w+)\b.{0,40}\b(обстрел\w*|выпущ\w*|выпустил\w*|упал\w*|попал\w*|разорв\w*|удар\w*|выстрел\w*|огонь|огня|обстрелял\w*|прилет\w*|бил\w*|работал\w*|накрыл\w*)|(обстрел\w*|обстрелял\w*|удар\w*|огонь|огня) (\w+ ){0,3}(из )?(мином[её]т\w*|артиллер\w*|ракет\w*|снаряд\w*|РСЗО|реактивн\w+)|ракетн\w+ (удар|обстрел)\w*|мином[её]тн\w+ (обстрел|огон)\w*|артиллерийск\w+ (обстрел|огон|удар)\w*)", Options)]
    private static partial Regex Shelling();

    [GeneratedRegex(@"\b(взрыв\w*|взорвал\w*|подрыв\w*|подорв\w*|сдетонир\w*|СВУ|фугас\w*|самодельн\w+ взрывн\w+|подорвал\w*ся на мин\w*|на мин[еу])\b", Options)]
    private static partial Regex Explosion();

    [GeneratedRegex(@"\b(гранат\w* (брош\w*|метн\w*|взорв\w*)|брос\w* гранат\w*)", Options)]
    private static partial Regex Grenade();

    [GeneratedRegex(@"\b(захват\w*|захвачен\w*|взял\w* под (свой )?контроль|взяли|овладел\w*|пал\w*|перешл?\w* под контроль)\b.{0,60}\b(район\w*|уезд\w*|центр\w*|позици\w*|здани\w*|(блок)?пост(а|у|е|ом|ы|ов|ам|ами|ах)?|застав(а|ы|е|у|ой|ам|ами|ах|ск\w*)?|кишлак\w*|сел\w*|баз\w*|КПП|город\w*|столиц\w*)", Options)]
    private static partial Regex TerritoryTaken();

    [GeneratedRegex(@"\b(отбил\w*|вернул\w* (себе )?(под )?контроль|восстановил\w* контроль)\b", Options)]
    private static partial Regex TerritoryRegained();

    [GeneratedRegex(@"\b(похит\w*|похищ\w*|взят\w* в заложник\w*|захват\w* заложник\w*|в заложник\w*)\b", Options)]
    private static partial Regex Kidnapping();

    [GeneratedRegex(@"\b(перестрелк\w*|боестолкновени\w*|столкновени\w*|бо[йяюеи]|боях|боями|боем|боев\w*|открыл\w* огонь|огонь на поражение|огнестрельн\w*|обстрел\w*|напал\w*|нападени\w*|атак\w*|засад\w*|стрельб\w*|вооруженн\w+ сопротивлени\w*|оказал\w* (вооруженн\w+ )?сопротивлени\w*)\b", Options)]
    private static partial Regex ArmedClash();

    [GeneratedRegex(@"\b(беспорядк\w*|погром\w*|поджог\w*)\b", Options)]
    private static partial Regex Riot();

    [GeneratedRegex(@"\b(протест\w*|митинг\w*|демонстрац\w*|пикет\w*)\b", Options)]
    private static partial Regex Protest();

    [GeneratedRegex(@"\b(убит\w*|убил\w*|убийств\w*|погиб\w*|гибел\w*|застрел\w*|ликвидир\w*|уничтожен\w*|уничтожил\w*|ранен\w*|ранил\w*|скончал\w*|нейтрализ\w*|тел[оа])\b", Options)]
    private static partial Regex Killing();

    [GeneratedRegex(@"\b(изъя\w*|изъят\w*|обнаруж\w*|конфиск\w*|найден\w*|нашли)\b.{0,80}\b(оружи\w*|автомат\w*|винтовк\w*|пистолет\w*|патрон\w*|боеприпас\w*|гранат\w*|взрывчат\w*|Калашников\w*|АК-47)|\b(оружи\w*|автомат\w*|боеприпас\w*) (был[аио]? )?(изъят\w*|обнаружен\w*)", Options)]
    private static partial Regex WeaponSeizure();

    [GeneratedRegex(@"\b(изъя\w*|изъят\w*|обнаруж\w*|конфиск\w*|найден\w*|нашли|пресеч\w*|пресек\w*|перехвач\w*|задерж\w*)\b.{0,80}\b(героин\w*|опи[йяуеюум]\w*|гашиш\w*|марихуан\w*|наркоти\w*|наркосодерж\w*|каннабис\w*|метамфетамин\w*|анаш\w*|наркотическ\w*)|\b(героин\w*|гашиш\w*|наркотик\w*|опи[йяу]\w*) (был[аио]? )?(изъят\w*|обнаружен\w*|конфискован\w*)", Options)]
    private static partial Regex DrugSeizure();

    [GeneratedRegex(@"\b(задержа\w*|арестова\w*|арест\w*|взят\w* под стражу|пойман\w*|поймал\w*)\b", Options)]
    private static partial Regex Arrest();

    [GeneratedRegex(@"\b(пересе\w*|переправ\w*|проник\w*|нарушител\w*|перешл?\w*|перешел|перешёл|бежал\w*|отступил\w*|отошл\w*|вошл\w*)\b.{0,80}\b(границ\w*|рубеж\w*|Пяндж\w*|Амударь\w*|рек[уиа]|в Таджикистан\w*|в Афганистан\w*|на территори\w+ (Таджикистана|Афганистана)|на таджикск\w+ (территори\w+|сторон\w+))|\b(незаконн\w+ пересечени\w*|нарушени\w+ (государственной |таджикско-афганской )?границ\w*|нарушител\w+ (государственной )?границ\w*)", Options)]
    private static partial Regex Crossing();

    [GeneratedRegex(@"\b(попытк\w+ контрабанд\w*|контрабанд\w+ (наркотик\w*|оружи\w*)|пресеч\w*.{0,40}контрабанд\w*|контрабандист\w*)", Options)]
    private static partial Regex Smuggling();
}
