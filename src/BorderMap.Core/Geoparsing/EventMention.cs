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
    /// <summary>True for a sentence that names no happening of its own and only adds to the event before it.</summary>
    public bool RefersBack => Triggers.Count == 0;

    /// <summary>The trigger that decides the type: the first in lexicon order.</summary>
    public TriggerMatch? Deciding => Triggers.Count > 0 ? Triggers[0] : null;
}
