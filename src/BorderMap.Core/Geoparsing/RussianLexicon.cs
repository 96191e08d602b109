namespace BorderMap.Core.Geoparsing;

/// <summary>Russian: <see cref="RussianTriggers"/>, <see cref="RussianCues"/>, <see cref="RussianDates"/>, <see cref="RussianRoles"/>, <see cref="RussianCasualties"/>.</summary>
internal sealed class RussianLexicon : Lexicon
{
    public override string Language => "ru";

    public override List<TriggerMatch> Triggers(string sentence) => RussianTriggers.Find(sentence);

    public override bool RefersBack(string sentence) => RussianCues.RefersBack(sentence);

    public override string? ReasonToSkip(string sentence, int triggerStart, EventFamily family, bool hasDate, bool hasRecentDate) =>
        RussianCues.ReasonToSkip(sentence, triggerStart, family, hasDate, hasRecentDate);

    public override string? Background(string sentence) => RussianCues.Background(sentence);

    public override bool NamesEarlierYear(string sentence, DateOnly published) => RussianCues.NamesEarlierYear(sentence, published);

    public override List<DateMention> Dates(string sentence, DateOnly published) => RussianDates.Find(sentence, published);

    public override DateMention? ChooseDate(IReadOnlyList<DateMention> dates, string sentence, int triggerStart, DateOnly published) =>
        RussianDates.Choose(dates, sentence, triggerStart, published);

    public override bool IsCrossBorder(string sentence) => RussianCues.IsCrossBorder(sentence);

    public override bool NamesCivilianVictims(string sentence) => RussianCues.NamesCivilianVictims(sentence);

    public override bool NamesArmedOpponent(string sentence) => RussianCues.NamesArmedOpponent(sentence);

    public override CasualtyCount Casualties(string sentence) => RussianCasualties.Count(sentence);

    public override List<string> Actors(string sentence) => RussianCasualties.Actors(sentence);

    public override List<CountryCue> Countries(string sentence) => RussianRoles.Countries(sentence);

    public override MentionRole RoleOf(string sentence, ToponymMention mention) => RussianRoles.Of(sentence, mention);

    public override bool NamesTheBorder(string sentence) => RussianRoles.NamesTheBorder(sentence);

    public override bool NamesDisaster(string text) => RussianCues.NamesDisaster(text);

    public override bool NamesOtherBorder(string text) => RussianRoles.NamesOtherBorder(text);

    public override bool IsClaim(string sentence) => RussianCues.IsClaim(sentence);
}
