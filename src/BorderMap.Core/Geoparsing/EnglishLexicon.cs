using System.Text.RegularExpressions;

namespace BorderMap.Core.Geoparsing;

/// <summary>English: the lexicon the geoparser started with (<see cref="EventLexicon"/>, <see cref="NonIncidentCues"/>, <see cref="IncidentDates"/> …).</summary>
internal sealed partial class EnglishLexicon : Lexicon
{
    public override string Language => "en";

    public override List<TriggerMatch> Triggers(string sentence) => EventLexicon.Find(sentence);

    public override bool RefersBack(string sentence) => Anaphor().IsMatch(sentence);

    public override string? ReasonToSkip(string sentence, int triggerStart, EventFamily family, bool hasDate, bool hasRecentDate) =>
        NonIncidentCues.ReasonToSkip(sentence, triggerStart, family, hasDate, hasRecentDate);

    public override string? Background(string sentence) => NonIncidentCues.Background(sentence);

    public override bool NamesEarlierYear(string sentence, DateOnly published) => NonIncidentCues.NamesEarlierYear(sentence, published);

    public override List<DateMention> Dates(string sentence, DateOnly published) => IncidentDates.Find(sentence, published);

    public override DateMention? ChooseDate(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published) =>
        IncidentDates.Choose(dates, sentence, triggerStart, published);

    public override bool IsCrossBorder(string sentence) => EventLexicon.IsCrossBorder(sentence);

    public override bool NamesCivilianVictims(string sentence) => EventLexicon.NamesCivilianVictims(sentence);

    public override bool NamesArmedOpponent(string sentence) => EventLexicon.NamesArmedOpponent(sentence);

    public override CasualtyCount Casualties(string sentence) => Geoparsing.Casualties.Count(sentence);

    public override List<string> Actors(string sentence) => Geoparsing.Actors.Find(sentence);

    public override List<CountryCue> Countries(string sentence) => MentionRoles.Countries(sentence);

    public override MentionRole RoleOf(string sentence, ToponymMention mention) => MentionRoles.Of(sentence, mention);

    public override bool NamesTheBorder(string sentence) => MentionRoles.NamesTheBorder(sentence);

    public override bool NamesDisaster(string text) => NonIncidentCues.NamesDisaster(text);

    public override bool NamesOtherBorder(string text) => MentionRoles.NamesOtherBorder(text);

    public override bool IsClaim(string sentence) => sentence.Contains("claim", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(the|this|that)\s+(incident|clash|clashes|shootout|shoot-out|skirmish|attack|firefight|gunfight|fighting|battle|exchange of fire|shooting|armed confrontation)\b[^.]{0,80}\b(took place|occurred|happened|broke out|erupted)\b|\b(took place|occurred|happened)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();
}
