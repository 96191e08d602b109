using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Russian sentences that use incident words without reporting an incident, and the words that
/// colour one that does: the same reasons as <see cref="NonIncidentCues"/> (meetings, plans,
/// drills, statistics, history, recaps), in the vocabulary of the Russian press and of border-service
/// statements.
/// </summary>
public static partial class RussianCues
{
    public static string? ReasonToSkip(string sentence, int triggerStart, EventFamily family, bool hasDate, bool hasRecentDate)
    {
        if (Conferences().IsMatch(sentence)) return NonIncidentCues.Conference;
        if (Drills().IsMatch(sentence)) return NonIncidentCues.Drill;
        if (Disasters().IsMatch(sentence)) return NonIncidentCues.Disaster;
        if (Meetings().IsMatch(sentence)) return NonIncidentCues.Diplomacy;
        if (MediaItem().IsMatch(sentence)) return NonIncidentCues.Media;
        var before = sentence[Math.Max(0, triggerStart - 120)..triggerStart];
        if (PlanBeforeTrigger().IsMatch(before) || PlanAnywhere().IsMatch(sentence)) return NonIncidentCues.PlanOrThreat;
        if (Generalities().IsMatch(sentence)) return NonIncidentCues.General;
        if (AnalysisFrame().IsMatch(sentence) || !hasDate && Accusation().IsMatch(sentence)) return NonIncidentCues.Analysis;
        if (!hasRecentDate && HistoryWords().IsMatch(sentence)) return NonIncidentCues.History;
        return null;
    }

    public static string? Background(string sentence)
    {
        if (RecapWords().IsMatch(sentence)) return NonIncidentCues.Recap;
        if (AggregateWords().IsMatch(sentence)) return NonIncidentCues.Aggregate;
        return null;
    }

    public static bool NamesEarlierYear(string sentence, DateOnly published)
    {
        foreach (Match m in YearOnly().Matches(sentence))
        {
            if (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) < published.Year) return true;
        }
        return false;
    }

    public static bool NamesDisaster(string text) => Disasters().IsMatch(text);

    public static bool RefersBack(string sentence) => Anaphor().IsMatch(sentence);

    public static bool IsCrossBorder(string sentence) => CrossBorder().IsMatch(sentence);

    public static bool NamesCivilianVictims(string sentence) => CivilianVictims().IsMatch(sentence);

    public static bool NamesArmedOpponent(string sentence) => ArmedOpponent().IsMatch(sentence);

    public static bool IsClaim(string sentence) => Claim().IsMatch(sentence);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(конференц\w*|саммит\w*|форум\w*|симпозиум\w*|семинар\w*|заседани\w*|совещани\w*)\b", Options)]
    private static partial Regex Conferences();

    [GeneratedRegex(@"\b(учени[йяеию]\w*|учениях|тренировк\w*|условн\w+ (противник|бандформировани|боевик|нарушител)\w*|учебн\w+|командно-штабн\w*|полигон\w*|маневр\w*)\b", Options)]
    private static partial Regex Drills();

    [GeneratedRegex(@"\b(лавин\w*|паводк\w*|наводнени\w*|селев\w*|сход\w* сел\w*|сель|сели|оползн\w*|землетрясени\w*|ливн\w*|камнепад\w*|утонул\w*|утопл\w*|ДТП|авари\w*|стихийн\w*)\b", Options)]
    private static partial Regex Disasters();

    [GeneratedRegex(@"\b(телефонн\w+ разговор\w*|переговор\w*|встреч[аиеу]\w*|встретил\w*|обсудил\w*|обсуждени\w*|делегаци\w*|визит\w*|посетил\w*)\b", Options)]
    private static partial Regex Meetings();

    [GeneratedRegex(@"\b(видео\w*|ролик\w*|фильм\w*|документальн\w*|пропаганд\w*|соцсет\w*|интервью)\b", Options)]
    private static partial Regex MediaItem();

    [GeneratedRegex(@"\b(будет|будут|может|могут|могли бы|мог бы|планир\w*|намерен\w*|намерева\w*|угрож\w*|угроз\w*|пригрозил\w*|готов\w*|чтобы|не допустить|возможн\w*|риск\w*|опасени\w*|опаса\w*|предупред\w*|предупрежда\w*|если|в случае|призвал\w*)\b[^.;]*$", Options)]
    private static partial Regex PlanBeforeTrigger();

    [GeneratedRegex(@"\b(планиру\w+|намерен\w*|пригрозил\w*|угрожа\w+|готовы отразить|в случае нападения)\b", Options)]
    private static partial Regex PlanAnywhere();

    [GeneratedRegex(@"\b(часто|регулярно|нередко|ежегодно|каждый год|в последние годы|в последнее время|рост\w*|увеличени\w*|статистик\w*|по итогам|с начала (года|текущего года)|за (первое |второе )?(полугодие|год|квартал|\d+ месяц\w*)|в (этом|текущем|прошлом) году|всего за|в общей сложности)\b", Options)]
    private static partial Regex Generalities();

    [GeneratedRegex(@"\b(эксперт\w*|аналитик\w*|политолог\w*|по мнению|исследовани\w*|обозревател\w*)\b", Options)]
    private static partial Regex AnalysisFrame();

    [GeneratedRegex(@"\b(обвин\w+|якобы|утвержда\w+|опроверг\w*)\b", Options)]
    private static partial Regex Accusation();

    [GeneratedRegex(@"\b(гражданск\w+ войн\w*|в 1990-х|в девяностые|советск\w+|десятилети\w+ назад|лет назад|годы назад)\b", Options)]
    private static partial Regex HistoryWords();

    [GeneratedRegex(@"^\W*(Напомним|Напомню|Напоминаем|Ранее|Как (уже )?сообщал\w*|Как ранее сообщал\w*|Стоит напомнить|Отметим, что ранее|Аналогичн\w+ инцидент|Подобн\w+ инцидент)|\b(впервые (за|с|после)|перв\w+ (случа\w+|погибш\w+|потер\w+|столкновени\w+)\b[^.]{0,40}?\b(за|с|после) (\d|последн|начал|тех пор|момент)|напомина\w*|аналогичн\w+ (нападени|инцидент|случа|атак)\w*|пришл\w+ к власти|прихода (талибов|движения|Талибан)|с момента прихода|в прошлом году\b[^.]{0,60}(столкновени|инцидент|нападени))", Options)]
    private static partial Regex RecapWords();

    [GeneratedRegex(@"\b(зафиксирован\w* (\w+ ){0,3}\d+|\d+ (вооруженн\w+ )?(столкновени\w*|инцидент\w*|случа\w*|нарушени\w*|попыт\w*|боестолкновени\w*)|с начала (года|текущего года)|за (прошедш\w+ |истекш\w+ |минувш\w+ )?(год|полугодие|период|квартал)|за (последние )?\d+ (лет|года|месяцев)|за аналогичн\w+ период\w*|за отч[её]тн\w+ период\w*)", Options)]
    private static partial Regex AggregateWords();

    [GeneratedRegex(@"\b(в|с|до|за|после|начиная с)\s+(?<y>(19|20)\d\d)\s+(год\w*|г\.)", Options)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(инцидент|происшестви\w+|столкновени\w+|перестрелк\w+|бой|нападени\w+|случай)\b[^.]{0,80}\b(произош\w*|случил\w*|имел\w* место|разгорел\w*)|\b(произош(ел|ло|ла|ли)|имел\w* место)\b", Options)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"\b(с (афганск|таджикск)\w+ (сторон|территори|берег)\w*|с территории (Афганистана|Таджикистана)|на (таджикск|афганск)\w+ (территори|сторон|берег)\w*|на территори\w+ (Таджикистана|Афганистана)|через (границу|реку|Пяндж)|трансграничн\w*)", Options)]
    private static partial Regex CrossBorder();

    [GeneratedRegex(@"\b(мирн\w+ жител\w*|жител\w*|гражданск\w+ лиц\w*|сельчан\w*|крестьян\w*|пастух\w*|чабан\w*|рыбак\w*|дет(и|ей|ям)|ребен\w*|женщин\w*|рабоч\w*|граждан(ин|е|ина|ки))\b", Options)]
    private static partial Regex CivilianVictims();

    [GeneratedRegex(@"\b(пограничник\w*|военнослужащ\w*|солдат\w*|военн(ый|ые|ых|ого)|контрабандист\w*|наркокурьер\w*|нарушител\w*|боевик\w*|талиб\w*|полицейск\w*|силовик\w*|офицер\w*)\b", Options)]
    private static partial Regex ArmedOpponent();

    [GeneratedRegex(@"\b(заявил\w* о|взял\w* на себя ответственность|утвержда\w+|по (его|их) словам|якобы)\b", Options)]
    private static partial Regex Claim();
}
