namespace BorderMap.Core.Geoparsing;

/// <summary>
/// One sentence's account of an event, read but not yet merged: what happened (its triggers; none
/// when the sentence only refers back, "the incident took place on …"), when, where, to whom.
/// </summary>
public sealed record EventMention(
    int Index,
    Sentence Sentence,
    IReadOnlyList<TriggerMatch> Triggers,
    DateMention? Date,
    ResolvedPlace? Place,
    bool CrossBorder,
    CasualtyCount Casualties,
    IReadOnlyList<string> Actors)
{
    /// <summary>
    /// A recap ("Recall, on 2 December guards clashed …"): it may tell more about an event the
    /// article reports, but it never starts one.
    /// </summary>
    public bool IsRecap { get; init; }

    /// <summary>The sentence places what it tells somewhere far from the border (Kabul, Moscow): no other place stands in for it.</summary>
    public bool NamesFarPlace { get; init; }

    /// <summary>The toponyms of the sentence, for explaining how the place was chosen.</summary>
    public IReadOnlyList<ToponymMention> Toponyms { get; init; } = [];

    /// <summary>True for a sentence that names no happening of its own and only adds to the event before it.</summary>
    public bool RefersBack => Triggers.Count == 0;

    /// <summary>The trigger that decides the type: the first in lexicon order.</summary>
    public TriggerMatch? Deciding => Triggers.Count > 0 ? Triggers[0] : null;
}
