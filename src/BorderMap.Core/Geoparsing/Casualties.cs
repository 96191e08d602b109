using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>Fatalities and injured as ACLED counts them: the lowest figure given, vague words read conservatively.</summary>
public readonly record struct CasualtyCount(int? Fatalities, int? Injured);

public static partial class Casualties
{
    /// <summary>The counts a sentence reports; null where it says nothing, zero where it says nobody.</summary>
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
            var count = After(sentence, verb.Index + verb.Length) ?? Before(sentence, verb.Index);
            if (count is { } n) total = (total ?? 0) + n;
        }
        return total;
    }

    // "two soldiers and three militants were killed": every count in the clause before the verb.
    private static int? Before(string sentence, int verbStart)
    {
        var clauseStart = Math.Max(0, verbStart - 90);
        var window = sentence[clauseStart..verbStart];
        // "Four people, including two children, were injured" counts four: the included are a part.
        window = Including().Replace(window, " ");
        var cut = Math.Max(Math.Max(window.LastIndexOf(';'), window.LastIndexOf(':')), Math.Max(window.LastIndexOf(','), LastVerb(window)));
        if (cut >= 0) window = window[(cut + 1)..];
        int? total = null;
        foreach (Match m in CountedPeople().Matches(window))
        {
            if (Numbers.Parse(m.Groups["n"].Value) is { } n) total = (total ?? 0) + n;
        }
        return total;
    }

    // "killing two border guards", "killed at least three people".
    private static int? After(string sentence, int verbEnd)
    {
        var window = sentence[verbEnd..Math.Min(sentence.Length, verbEnd + 60)];
        var m = LeadingCount().Match(window);
        return m.Success ? Numbers.Parse(m.Groups["n"].Value) : null;
    }

    private static int LastVerb(string window)
    {
        var last = -1;
        foreach (Match m in ClauseBreak().Matches(window)) last = m.Index + m.Length - 1;
        return last;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Range = @"(?:at least |as many as |up to |some |about |around |nearly |more than |over )?(?<n>" + Numbers.Pattern + @")(?:\s*(?:to|-|–|or)\s*(?:\d+|\w+)|\s+and as many as\s+\w+)?";
    private const string People = @"(?:\s+[\w-]+){0,3}?\s+(?:people|persons?|civilians?|soldiers?|servicem[ae]n|troops|guards?|border guards?|militants?|insurgents?|fighters?|smugglers?|traffickers?|men|women|children|villagers?|residents?|policem[ae]n|police officers?|officers?|members?|attackers?|gunmen|Taliban|others|of them|citizens|nationals|shepherds?|farmers?|fishermen|family members|workers?|traders?|drivers?|intruders?|trespassers?|violators?|raiders?|infiltrators?|commanders?|worshippers|protesters?|passengers?|teenagers?|boys?|girls?|man|woman|child|conscripts?|teachers?|herders?|migrants?)\b|\s+(?=(?:were|was|have been|had been)\s)";

    [GeneratedRegex(@",?\s*including [^,]*,?", Options)]
    private static partial Regex Including();

    [GeneratedRegex(@"\b(killed|killing|dead|died|shot dead|lost their lives|perished|bodies)\b", Options)]
    private static partial Regex Dead();

    [GeneratedRegex(@"\b(wounded|wounding|injured|injuring|hurt)\b", Options)]
    private static partial Regex Hurt();

    [GeneratedRegex(@"\b(no (one|casualties|injuries|deaths)|nobody was|without casualties|no one was (hurt|killed|injured))\b", Options)]
    private static partial Regex Nobody();

    [GeneratedRegex(@"\b" + Range + "(?:" + People + ")", Options)]
    private static partial Regex CountedPeople();

    [GeneratedRegex(@"^\s+" + Range + @"\b", Options)]
    private static partial Regex LeadingCount();

    [GeneratedRegex(@"\b(killed|killing|dead|died|wounded|wounding|injured|injuring|hurt|seized|detained|arrested|fired)\b", Options)]
    private static partial Regex ClauseBreak();
}
