using System.Buffers;
using System.Text.RegularExpressions;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>What kind of happening a trigger names; continuation sentences only join an incident of a compatible kind.</summary>
public enum EventFamily
{
    Violence,
    Seizure,
    Detention,
    Crossing,
    Unrest,
}

/// <summary>A trigger class: the words that name it, the ACLED type it codes to, and its border tags.</summary>
public sealed record EventTrigger(string Name, Regex Pattern, EventType Type, string SubType, EventFamily Family, params string[] Tags)
{
    public SubEventType SubEventType => Type.FindSubType(SubType) ?? throw new InvalidOperationException($"{SubType} is not a sub-type of {Type.Code}");
}

/// <summary>A trigger found in a sentence.</summary>
public sealed record TriggerMatch(EventTrigger Trigger, int Start, int End);

/// <summary>
/// The trigger lexicon. Order is priority: when several triggers occur in one sentence the first
/// listed decides the type ("clashed … killing two and seizing 40 kg of heroin" is a battle), and
/// the tags of every trigger found are kept (smuggling, drug seizure).
/// </summary>
public static partial class EventLexicon
{
    public static IReadOnlyList<EventTrigger> Triggers { get; } =
    [
        new("defused explosive", Defused(), EventType.StrategicDevelopments, "disrupted_weapons_use", EventFamily.Seizure, BorderTag.WeaponSeizure),
        new("suicide bombing", SuicideBomb(), EventType.ExplosionsRemoteViolence, "suicide_bomb", EventFamily.Violence),
        new("air or drone strike", AirStrike(), EventType.ExplosionsRemoteViolence, "air_drone_strike", EventFamily.Violence),
        new("shelling or rockets", Shelling(), EventType.ExplosionsRemoteViolence, "shelling_artillery_missile_attack", EventFamily.Violence),
        new("explosion or IED", Explosion(), EventType.ExplosionsRemoteViolence, "remote_explosive_landmine_ied", EventFamily.Violence),
        new("grenade", Grenade(), EventType.ExplosionsRemoteViolence, "grenade", EventFamily.Violence),
        new("territory taken", TerritoryTaken(), EventType.Battles, "non_state_actor_overtakes_territory", EventFamily.Violence),
        new("territory regained", TerritoryRegained(), EventType.Battles, "government_regains_territory", EventFamily.Violence),
        new("kidnapping", Kidnapping(), EventType.ViolenceAgainstCivilians, "abduction_forced_disappearance", EventFamily.Violence),
        new("armed clash", ArmedClash(), EventType.Battles, "armed_clash", EventFamily.Violence),
        new("riot", Riot(), EventType.Riots, "mob_violence", EventFamily.Unrest),
        new("protest", Protest(), EventType.Protests, "peaceful_protest", EventFamily.Unrest),
        new("killing", Killing(), EventType.Battles, "armed_clash", EventFamily.Violence),
        new("weapons seizure", WeaponSeizure(), EventType.StrategicDevelopments, "disrupted_weapons_use", EventFamily.Seizure, BorderTag.WeaponSeizure),
        new("drug seizure", DrugSeizure(), EventType.StrategicDevelopments, "other", EventFamily.Seizure, BorderTag.DrugSeizure, BorderTag.Smuggling),
        new("arrest", Arrest(), EventType.StrategicDevelopments, "arrests", EventFamily.Detention, BorderTag.Detention),
        new("border crossing", Crossing(), EventType.StrategicDevelopments, "other", EventFamily.Crossing, BorderTag.Crossing),
        new("smuggling", Smuggling(), EventType.StrategicDevelopments, "other", EventFamily.Seizure, BorderTag.Smuggling),
    ];

    /// <summary>
    /// The same trigger classes, in the same order, with another language's patterns: a language
    /// changes the words, never what they code to. Every class must have a pattern.
    /// </summary>
    internal static IReadOnlyList<EventTrigger> InOtherWords(IReadOnlyDictionary<string, Regex> patterns) =>
        Triggers.Select(t => t with
        {
            Pattern = patterns.TryGetValue(t.Name, out var pattern) ? pattern : throw new ArgumentException($"no pattern for the trigger \"{t.Name}\"", nameof(patterns)),
        }).ToList();

    /// <summary>Every trigger in the text, in lexicon order; an empty list when there is none.</summary>
    public static List<TriggerMatch> Find(string sentence) => MayHoldTrigger(sentence) ? FindEvery(sentence) : [];

    /// <summary>False only when no trigger can match: the cheap first look at each sentence.</summary>
    internal static bool MayHoldTrigger(string sentence) => sentence.AsSpan().ContainsAny(s_triggerStems);

    internal static List<TriggerMatch> FindEvery(string sentence) => FindIn(Triggers, sentence);

    /// <summary>The first match of each trigger that is not negated ("without a fight", "без боестолкновений"), in list order.</summary>
    internal static List<TriggerMatch> FindIn(IReadOnlyList<EventTrigger> triggers, string sentence)
    {
        var found = new List<TriggerMatch>();
        foreach (var trigger in triggers)
        {
            for (var match = trigger.Pattern.Match(sentence); match.Success; match = match.NextMatch())
            {
                if (Negated().IsMatch(sentence.AsSpan(Math.Max(0, match.Index - NegationReach), Math.Min(NegationReach, match.Index)))) continue;
                found.Add(new TriggerMatch(trigger, match.Index, match.Index + match.Length));
                break;
            }
        }
        return found;
    }

    /// <summary>How far before a trigger a negation is looked for: "no possibility of airstrikes".</summary>
    private const int NegationReach = 32;

    [GeneratedRegex(@"\b(without|no|never|без|не было|никаких)\s+(a\s+|any\s+)?$|\b(no (possibility|chance|way|need)|impossible|not possible|unable) (of|to|for)\s+(\w+\s+)?$", Options)]
    private static partial Regex Negated();

    /// <summary>Cross-border fire: fire that came over the line, whichever the weapon.</summary>
    public static bool IsCrossBorder(string sentence) => CrossBorder().IsMatch(sentence);

    /// <summary>Words that say the victims were civilians, which turns a killing into violence against civilians.</summary>
    public static bool NamesCivilianVictims(string sentence) => CivilianVictims().IsMatch(sentence);

    /// <summary>Words that name an armed party on both sides: with them a killing is a battle, not an attack on civilians.</summary>
    public static bool NamesArmedOpponent(string sentence) => ArmedOpponent().IsMatch(sentence);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A word stem every trigger below contains: most sentences of an article have none, and one scan
    // for them (SearchValues: a vectorised multi-string search) is much cheaper than every trigger's
    // own pattern. A test keeps the two in step.
    private static readonly SearchValues<string> s_triggerStems = SearchValues.Create(
        ["clash", "fir", "fight", "fought", "shoot", "shot", "kill", "dead", "die", "wound", "injur", "hurt", "explo", "blast", "bomb", "mine", "IED", "rocket", "shell", "mortar", "artiller", "missile", "katyusha", "drone", "strike", "air raid", "UAV", "warplane", "gunship", "grenade", "seiz", "confisc", "intercept", "found", "discover", "uncover", "recover", "cache", "haul", "detain", "arrest", "apprehend", "custody", "caught", "cross", "fled", "flee", "entered", "trespass", "violat", "infiltrat", "swam", "waded", "refuge", "smuggl", "kidnap", "abduct", "hostage", "attack", "ambush", "assault", "captur", "control", "overr", "took over", "fell", "fall", "collapsed", "retook", "retak", "reclaim", "regain", "took back", "take back", "taking back", "takes back", "cleared", "clears", "clearing", "take", "took", "protest", "rall", "demonstrat", "riot", "mob ", "rampag", "torched", "defus", "dismantl", "disarm", "neutrali", "battle", "skirmish", "gun", "murder", "bodies", "suicide", "detonat", "blown", "retreat", "withdr"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(defused|dismantled|disarmed|neutrali[sz]ed)\b.{0,60}\b(bombs?|mines?|IEDs?|explosive)|\b(bombs?|mines?|IEDs?|explosive devices?) (was |were )?(defused|dismantled|disarmed)", Options)]
    private static partial Regex Defused();

    [GeneratedRegex(@"\bsuicide (bomb\w*|attack\w*|blast)", Options)]
    private static partial Regex SuicideBomb();

    [GeneratedRegex(@"\b(drones?|air ?strikes?|air raids?|airstrikes?|warplanes?|helicopter gunships?|bombed from the air|UAVs?)\b", Options)]
    private static partial Regex AirStrike();

    // A weapon's name alone is an inventory, not an attack: rockets and mortars count when something was done with them.
    [GeneratedRegex(@"\b(shell(ed|ing)|shells? (fired|landed|hit|fell|exploded|struck)|(mortars?|rockets?|artillery|missiles?|katyushas?)\b.{0,40}\b(fired|launched|landed|hit|struck|fell|exploded|attack\w*|strike|shelling|barrage|impact)|(fired|launched|attack\w*|strike|barrage) (of |with |by )?(\w+ ){0,3}(mortars?|rockets?|artillery|missiles?|katyushas?)|(mortar|rocket|artillery|missile) (attack|fire|strike|shell|round)s?)\b", Options)]
    private static partial Regex Shelling();

    [GeneratedRegex(@"\b(IEDs?|improvised explosive|(land ?|anti-personnel |anti-tank )mines?|roadside bombs?|mine (exploded|blast|went off)|(stepped on|hit|struck) a mine|explosive devices?|explosions?|exploded|blasts?|bombings?|bomb (went off|exploded)|detonated|car bomb|blown up)\b", Options)]
    private static partial Regex Explosion();

    [GeneratedRegex(@"\b(grenades? (was |were )?(thrown|hurled|lobbed|attack\w*|exploded)|threw (a )?grenades?|grenade attack)\b", Options)]
    private static partial Regex Grenade();

    [GeneratedRegex(@"\b(captur(e|ed|es|ing)|seiz(e|ed|es|ing) (full |complete |most of |the )?control of|seiz(e|ed|es|ing) most of|t(ake|akes|ook|aking) (full |complete )?control of|overr[au]n|overrunning|f(ell|all|alls) to the|took over|takes? over)\b.{0,60}\b(districts?|towns?|city|centres?|centers?|headquarters|posts?|outposts?|checkpoints?|villages?|bases?|capital|crossing|port)\b|\b(districts?|city|town|crossing|capital|headquarters) (fell|has fallen|had fallen|falls|collapsed)\b|\b(t(ake|akes|ook|aking)|seiz(e|ed|es|ing)) (?-i:(the )?[A-Z][\w'-]+([ -][A-Z][\w'-]+){0,2}) (districts?|District)\b", Options)]
    private static partial Regex TerritoryTaken();

    [GeneratedRegex(@"\b(retook|retaken|retak(e|es|ing)|recaptur(e|ed|es|ing)|reclaim(ed|s|ing)?|regain(ed|s|ing)? control of|t(ook|ake|akes|aking) back|clear(ed|s|ing)? (the )?([\w-]+ ){0,3}(districts?|villages?|areas?) (of|from) (the )?(Taliban|militants|insurgents|armed insurgents|rebels|ISIS|Daesh))\b|\b(districts?|villages?) (was |were |has been |have been )?cleared (of|from) (the )?(Taliban|militants|insurgents|armed insurgents|rebels|ISIS|Daesh)\b", Options)]
    private static partial Regex TerritoryRegained();

    [GeneratedRegex(@"\b(kidnap\w*|abduct\w*|taken hostage|held hostage)\b", Options)]
    private static partial Regex Kidnapping();

    [GeneratedRegex(@"\b(clash(es|ed)?|fire ?fights?|gun ?battles?|gunbattles?|shoot-?outs?|exchanged fire|exchange of fire|traded fire|skirmish(es|ed)?|fighting|fought|gunfire|(shots|bullets|rounds) (were |was )?fired|fired shots|opened fire|fired (at|on|upon|across|into)|came under fire|attack(ed|s)?|ambush(ed|es)?|assault(ed)?|firing)\b", Options)]
    private static partial Regex ArmedClash();

    [GeneratedRegex(@"\b(killed|killing|shot dead|gunned down|murdered|wounded|injured|died|dead|bodies of)\b", Options)]
    private static partial Regex Killing();

    [GeneratedRegex(@"\b(seiz\w*|confiscat\w*|intercept\w*|found|discovered|uncovered|recovered|caches?)\b.{0,80}\b(weapons?|arms|rifles?|guns|pistols?|ammunition|cartridges|rounds of|grenades|explosives|Kalashnikovs?|AK-47s?)\b|\b(weapons?|arms|ammunition) (were |was )?(seized|confiscated|found)", Options)]
    private static partial Regex WeaponSeizure();

    [GeneratedRegex(@"\b(seiz\w*|confiscat\w*|intercept\w*|found|discovered|recovered|haul)\b.{0,80}\b(heroin|opium|hashish|cannabis|marijuana|narcotics?|drugs?|methamphetamine|morphine)\b|\b(heroin|opium|hashish|drugs?|narcotics) (were |was )?(seized|confiscated|found|intercepted)|\b(drug|heroin|opium|hashish) (haul|seizure)s?\b", Options)]
    private static partial Regex DrugSeizure();

    // "The arrested militants" names people held before, not an arrest the sentence reports.
    [GeneratedRegex(@"\b((?<!\b(?:the|these|those)\s)(?:detained|arrested)|detain(?!ed\b)\w*|arrest(?!ed\b)\w*|apprehend\w*|taken into custody|caught|in custody)\b", Options)]
    private static partial Regex Arrest();

    [GeneratedRegex(@"\b(crossed|crossing|fled|flee\w*|entered|trespass\w*|violators?|infiltrat\w*|swam across|waded across|sought refuge|refugees?|retreat\w*|withdr[ae]w\w*)\b.{0,80}\b(border|frontier|river|Panj|Pyanj|Amu Darya|into Tajikistan|into Afghanistan|to Tajikistan|to Afghanistan|Tajik territory|Afghan territory)\b|\b(illegal(ly)? (crossing|crossed|entered|entry)|border (violators?|violation))\b", Options)]
    private static partial Regex Crossing();

    [GeneratedRegex(@"\b(smuggling attempt|smugglers tried|foiled .{0,30}smuggl\w*|smuggling of)\b", Options)]
    private static partial Regex Smuggling();

    [GeneratedRegex(@"\b(riot\w*|mob (attack|violence)|rampag\w*|torched)\b", Options)]
    private static partial Regex Riot();

    [GeneratedRegex(@"\b(protest(ed|ers|s)?|rall(y|ies|ied)|demonstrat(ion|ions|ed|ors))\b", Options)]
    private static partial Regex Protest();

    [GeneratedRegex(@"\b(into|onto|at|on|across) (the )?(Tajik|Afghan|Tajikistan|Afghanistan)(i)?( side| territory| soil| bank|'s)?\b|\bacross the (border|river|Panj|Pyanj)\b|\bfrom (the )?(Afghan|Tajik) (side|territory|bank)\b|\bcross-border (fire|shelling|attack)", Options)]
    private static partial Regex CrossBorder();

    [GeneratedRegex(@"\b(civilians?|villagers?|residents?|farmers?|shepherds?|herders?|fishermen|fisherman|children|women|teachers?|traders?|truck drivers?|drivers?|workers?|a man|a woman|a boy|a girl|family|families|passengers?)\b", Options)]
    private static partial Regex CivilianVictims();

    [GeneratedRegex(@"\b(border guards?|soldiers?|troops|servicem[ae]n|policem[ae]n|police officers?|smugglers?|traffickers?|commanders?|fighters? (were|was) killed)\b", Options)]
    private static partial Regex ArmedOpponent();
}
