using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Sentences that use incident words without reporting an incident: talks about violence, plans and
/// threats, analysis, media, generalities. Each cue names the reason the mention is skipped.
/// </summary>
public static partial class NonIncidentCues
{
    public const string Diplomacy = "diplomatic call or meeting, not an incident";
    public const string Conference = "conference or summit, not an incident";
    public const string PlanOrThreat = "threat, plan or hypothetical, not an incident";
    public const string Analysis = "statement or analysis, not an incident";
    public const string Media = "video or media item, not an incident";
    public const string General = "general trend, not a dated incident";
    public const string History = "background history, not a recent incident";
    public const string Future = "dated after publication: a plan, not an incident";
    public const string Disaster = "natural disaster or accident, not an incident";
    public const string Drill = "military exercise, not an incident";
    public const string Recap = "recap of an earlier or wider story, not the news";
    public const string Aggregate = "count over a period, not one incident";

    /// <summary>Why the sentence is not an incident report, or null when it may be one.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="triggerStart">Where the deciding trigger starts in the sentence.</param>
    /// <param name="hasDate">Whether the sentence dates what it reports: an undated accusation is only a statement.</param>
    /// <param name="hasRecentDate">Whether a date within a year of publication is named: then "left over from the civil war" is background, not the event.</param>
    public static string? ReasonToSkip(string sentence, int triggerStart, EventFamily family, bool hasDate, bool hasRecentDate)
    {
        if (Conferences().IsMatch(sentence)) return Conference;
        if (Drills().IsMatch(sentence)) return Drill;
        if (Disasters().IsMatch(sentence)) return Disaster;
        if (Meetings().IsMatch(sentence)) return Diplomacy;
        if (MediaItem().IsMatch(sentence)) return Media;
        var before = sentence[Math.Max(0, triggerStart - 70)..triggerStart];
        // "blocked the road to protest": the infinitive is the purpose of a real act, not a plan.
        // ... but "tried to detain" is an attempt that happened.
        var infinitive = family != EventFamily.Unrest && Infinitive().IsMatch(before) && !Attempt().IsMatch(before);
        if (infinitive || PlanBeforeTrigger().IsMatch(before) || PlanAnywhere().IsMatch(sentence)) return PlanOrThreat;
        if (Generalities().IsMatch(sentence)) return General;
        if (AnalysisFrame().IsMatch(sentence) || !hasDate && Accusation().IsMatch(sentence)) return Analysis;
        if (!hasRecentDate && HistoryWords().IsMatch(sentence)) return History;
        return null;
    }

    /// <summary>
    /// Why the sentence recalls an earlier or wider story instead of telling the news: "Recall, …",
    /// "this year has seen 22 skirmishes", "the first casualty among border guards since 2015",
    /// "the worst of which was an attack last month", "after the Taliban came to power"; or null.
    /// </summary>
    public static string? Background(string sentence)
    {
        if (RecapWords().IsMatch(sentence)) return Recap;
        if (AggregateWords().IsMatch(sentence)) return Aggregate;
        return null;
    }

    /// <summary>True when the text speaks of a natural disaster or an accident (for deaths it tells without any violence).</summary>
    public static bool NamesDisaster(string text) => Disasters().IsMatch(text);

    /// <summary>True when the text names Afghanistan at all.</summary>
    public static bool NamesAfghanistan(string text) => Afghanistan().IsMatch(text);

    [GeneratedRegex(@"\b(Afghan\w*|афган\w*)", Options)]
    private static partial Regex Afghanistan();

    /// <summary>True when the sentence dates itself only by a year before the publication year ("in 2019", "during 2021").</summary>
    public static bool NamesEarlierYear(string sentence, DateOnly published)
    {
        foreach (Match m in YearOnly().Matches(sentence))
        {
            if (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) < published.Year) return true;
        }
        return false;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(conferences?|summits?|forums?|symposium|seminars?|ministerial meeting|leaders' meeting)\b", Options)]
    private static partial Regex Conferences();

    [GeneratedRegex(@"\b(drills?|military exercises?|joint exercises?|(tactical|command|military|anti-terror\w*) exercises?|war games|mock|notional|simulated|training ground|firing range)\b", Options)]
    private static partial Regex Drills();

    [GeneratedRegex(@"\b(avalanches?|floods?|flooding|flash floods?|mudflows?|mudslides?|landslides?|earthquakes?|quakes?|rockfalls?|snowstorms?|blizzards?|lightning|drowned|drowning|road accident|car crash|traffic accident|heavy rains?)\b", Options)]
    private static partial Regex Disasters();

    [GeneratedRegex(@"\b(telephone|phone (call|conversation)|spoke by phone|talks with|held talks|met (with|in|on)|meeting with|meetings?\b|discussed|negotiat\w+|delegation|visit(ed)? (to )?(Dushanbe|Kabul|Moscow))", Options)]
    private static partial Regex Meetings();

    [GeneratedRegex(@"\b(video|footage|film|documentary|propaganda|media (campaign|warfare)|posted online|social media|podcast|video interview)\b", Options)]
    private static partial Regex MediaItem();

    // Modal, future or purpose words shortly before the trigger: "planning to launch an attack",
    // "vowed to protect … from incursions", "could fire", "prevent … attacks", "to attack".
    [GeneratedRegex(@"\b(will|would|could|might|should|shall|plan(s|ned|ning)?|intend\w*|threat\w*|vow\w*|pledg\w*|prepar\w*|aim(s|ed|ing)? to|seek(s|ing)? to|prevent(s|ing)?|protect(s|ing)?|avoid\w*|deter(s|ring)?|possible|potential|risk of|fears? of|warn\w*|commitments?|not attacking|hop(e|es|ed|ing) to|if)\b[^.;]*$", Options)]
    private static partial Regex PlanBeforeTrigger();

    // "to seize", "to quickly seize"; not "led to the seizure", "due to an attack" (a determiner: a noun follows).
    [GeneratedRegex(@"\bto\s+(?!(the|a|an|this|that|these|those|its|their|his|her)\s)(\w+\s+)?$", Options)]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"\b(tried|attempted|attempting|trying|managed|failed|sought|moved|went on)\s+to\s+(\w+\s+)?$", Options)]
    private static partial Regex Attempt();

    [GeneratedRegex(@"\b(plans? to|planning to|threatened to|threatening|vowed to|hop(e|es|ed|ing) to|in the event of|would respond|ready to repel|capable of)\b", Options)]
    private static partial Regex PlanAnywhere();

    [GeneratedRegex(@"\b(frequently|regularly|often|increasingly|routinely|not unusual|not uncommon|commonplace|rise in|rise of|increase in|surge in|number of (attacks|incidents|clashes)|in recent (years|months)|every year|each year|over the years|on average|this year|so far this year|since the (start|beginning) of the year|statistics|annual|(has|have) been (battling|fighting|clashing)|not long ago|at one time|used to|once (witnessed|saw|experienced|faced|suffered))\b", Options)]
    private static partial Regex Generalities();

    [GeneratedRegex(@"\b(analysts?|experts? (said|say|believe|argue\w*|warn\w*)|argued|wrote|according to (experts|analysts)|in a piece|commentary|study|research|think tank)\b", Options)]
    private static partial Regex AnalysisFrame();

    [GeneratedRegex(@"\b(accus\w+|alleg\w+|blamed)\b", Options)]
    private static partial Regex Accusation();

    [GeneratedRegex(@"^\W*(Recall|It (will|should) be recalled|As (was|previously) reported|Earlier,|Previously,|In a similar incident|In another incident (last|in)|In (January|February|March|April|May|June|July|August|September|October|November|December) last year|In related news|In other news|In an earlier incident)\b|\bprevious (incidents?|attacks?|clashes|cross-bord\w*|skirmish\w*)\b|\b(recalled|reminded) that\b|\ba similar (attack|incident|clash)\b|\bin (an|the) (earlier|previous) (incident|attack|clash)|\b(the worst of which|came to power|since the Taliban (took|seized|came)|since (the )?(Taliban|their) takeover|first (casualty|death|fatality|clash|such incident|time)\b[^.]{0,60}\bsince|for the first time (in|since)|(last|previous) (year|years)\b[^.]{0,60}\b(skirmish|clash|incident|attack)\w*)", Options)]
    private static partial Regex RecapWords();

    [GeneratedRegex(@"\b(has|have) (seen|recorded|registered|witnessed) (\w+ ){0,3}\d+|\b(\d+|dozens of|scores of) (armed )?(skirmishes|clashes|incidents|attacks|border violations|cases)\b|\bsince the (start|beginning) of (the|this) year|\b(over|during|in) the (past|last) (\w+ )?(years?|months|weeks|decade)\b|\bfor the (past|last) (few|several) (weeks|months)\b|\b(the same period|the reporting period|the report period|the first (half|quarter|six months|nine months))\b", Options)]
    private static partial Regex AggregateWords();

    [GeneratedRegex(@"\b(in|during|since|throughout|from|of|for)\s+(?<y>(19|20)\d\d)\b", Options)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(civil war|in the 1990s|in the (19|20)\d0s|Soviet[- ]era|during the Soviet|decades ago|years ago|since (19|20)\d\d|in (19\d\d|200\d|201\d))\b", Options)]
    private static partial Regex HistoryWords();
}
