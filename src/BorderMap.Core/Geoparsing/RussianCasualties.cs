using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Fatalities, injured and actors in Russian, counted as <see cref="Casualties"/> counts English:
/// the figure next to the verb ("погибли двое пограничников", "трое нарушителей были убиты"), one
/// for a named victim ("убит таджикский офицер"), zero for "никто не пострадал". Before the verb,
/// the figure nearest to it counts ("33 человека погибли и более 40 были ранены": 33 dead, 40 hurt).
/// </summary>
public static partial class RussianCasualties
{
    private const string People = @"(?:\s+\w+){0,2}?\s+(?:пограничник\w*|военнослужащ\w*|солдат\w*|военн\w+|нарушител\w*|контрабандист\w*|наркокурьер\w*|боевик\w*|талиб\w*|человек\w*|граждан\w*|жител\w*|полицейск\w*|силовик\w*|офицер\w*|рабоч\w*|дет\w*|ребен\w*|женщин\w*|мужчин\w*|член\w*|бандит\w*|террорист\w*|сотрудник\w*|китайц\w*|афганц\w*|таджик\w*)\b";

    // Interpreted on purpose: .NET 10's compiled form of this pattern loops without end (memory
    // growing by gigabytes) on "… погибли и более 40 были ранены" (RussianCasualtiesTests).
    private static readonly Regex s_counted = new(@"(?:\b(?:не менее|по меньшей мере|около|более|свыше|как минимум|до)\s+)?\b(?<n>" + RussianNumbers.Pattern + @")\b" + People,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A figure right before the verb with no noun: "и более 40 были ранены".</summary>
    private static readonly Regex s_bareCount = new(@"\b(?<n>" + RussianNumbers.Pattern + @")\s+(?:(?:были|был|была|было)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static CasualtyCount Count(string sentence)
    {
        if (Nobody().IsMatch(sentence)) return new CasualtyCount(0, 0);
        return new CasualtyCount(Sum(sentence, Dead()), Sum(sentence, Hurt()));
    }

    private static int? Sum(string sentence, Regex verbs)
    {
        int? total = null;
        foreach (Match verb in verbs.Matches(sentence))
        {
            var after = sentence[(verb.Index + verb.Length)..Math.Min(sentence.Length, verb.Index + verb.Length + 60)];
            var before = sentence[Math.Max(0, verb.Index - 60)..verb.Index];
            var cut = Math.Max(before.LastIndexOf(','), before.LastIndexOf(';'));
            if (cut >= 0) before = before[(cut + 1)..];
            int? count = s_counted.Match(after) is { Success: true, Index: < 12 } a ? RussianNumbers.Parse(a.Groups["n"].Value)
                : s_bareCount.Match(before) is { Success: true } b ? RussianNumbers.Parse(b.Groups["n"].Value)
                : s_counted.Matches(before) is { Count: > 0 } c ? RussianNumbers.Parse(c[^1].Groups["n"].Value)
                : OneVictim().IsMatch(after) ? 1 : null;
            if (count is { } n) total = (total ?? 0) + n;
        }
        return total;
    }

    public static List<string> Actors(string sentence)
    {
        var found = new List<string>();
        foreach (var (pattern, name) in s_actors)
        {
            if (pattern.IsMatch(sentence) && !found.Contains(name)) found.Add(name);
        }
        return found;
    }

    private static readonly (Regex Pattern, string Name)[] s_actors =
    [
        (TajikGuards(), "Tajik border guards"),
        (IslamicState(), "Islamic State (ISKP)"),
        (Taliban(), "Taliban"),
        (AfghanArmy(), "Afghan army"),
        (Russian(), "Russian forces"),
        (Traffickers(), "Drug traffickers"),
        (Smugglers(), "Smugglers"),
        (Militants(), "Unidentified armed group"),
        (Civilians(), "Civilians"),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(погиб\w*|убит\w*|убиты|застрелен\w*|уничтожен\w*|ликвидирован\w*|скончал\w*|гибел\w*)\b", Options)]
    private static partial Regex Dead();

    [GeneratedRegex(@"\b(ранен\w*|ранения|пострадал\w*)\b", Options)]
    private static partial Regex Hurt();

    [GeneratedRegex(@"\b(никто не пострадал|без жертв|обошлось без (жертв|пострадавших)|жертв нет|пострадавших нет)\b", Options)]
    private static partial Regex Nobody();

    [GeneratedRegex(@"^\s+(\w+\s+){0,2}(пограничник|военнослужащий|солдат|офицер|майор|капитан|лейтенант|прапорщик|сержант|рядовой|нарушитель|контрабандист|наркокурьер|боевик|житель|гражданин|полицейский|командир)\b", Options)]
    private static partial Regex OneVictim();

    [GeneratedRegex(@"\b(пограничник\w*|погранвойск\w*|пограничн\w+ войск\w*|пограничн\w+ наряд\w*|погранотряд\w*|ГУПВ|ГКНБ)\b", Options)]
    private static partial Regex TajikGuards();

    [GeneratedRegex(@"\b(ИГИЛ|ИГ|Исламск\w+ государств\w*|Вилайят\w* Хорасан|ИГ-Хорасан)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IslamicState();

    [GeneratedRegex(@"\b(талиб\w*|Талибан\w*)\b", Options)]
    private static partial Regex Taliban();

    [GeneratedRegex(@"\b(афганск\w+ (военн\w+|арми\w+|сил\w*|солдат\w*|силовик\w*)|АНА)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfghanArmy();

    [GeneratedRegex(@"\b(российск\w+ (военн\w+|баз\w*|сил\w*)|201-?й)\b", Options)]
    private static partial Regex Russian();

    [GeneratedRegex(@"\b(наркокурьер\w*|наркоконтрабандист\w*|наркоторговц\w*|наркодилер\w*|наркогруппировк\w*)\b", Options)]
    private static partial Regex Traffickers();

    [GeneratedRegex(@"\bконтрабандист\w*\b", Options)]
    private static partial Regex Smugglers();

    [GeneratedRegex(@"\b(боевик\w*|вооруженн\w+ (групп\w*|люд\w*|лиц\w*)|бандформировани\w*|бандит\w*|неизвестн\w+ вооруженн\w*)\b", Options)]
    private static partial Regex Militants();

    [GeneratedRegex(@"\b(мирн\w+ жител\w*|жител\w*|сельчан\w*|пастух\w*|чабан\w*|рыбак\w*)\b", Options)]
    private static partial Regex Civilians();
}
