namespace BorderMap.Core.Incidents;

/// <summary>
/// ACLED's six event types. <see cref="Code"/> is the stable, URL-safe identifier stored in the
/// database and used in filters; <see cref="Label"/> is ACLED's own spelling, accepted on input.
/// </summary>
public sealed record EventType(string Code, string Label, IReadOnlyList<SubEventType> SubTypes)
{
    public static readonly EventType Battles = new("battles", "Battles",
    [
        new("armed_clash", "Armed clash"),
        new("government_regains_territory", "Government regains territory"),
        new("non_state_actor_overtakes_territory", "Non-state actor overtakes territory"),
    ]);

    public static readonly EventType ExplosionsRemoteViolence = new("explosions_remote_violence", "Explosions/Remote violence",
    [
        new("chemical_weapon", "Chemical weapon"),
        new("air_drone_strike", "Air/drone strike"),
        new("suicide_bomb", "Suicide bomb"),
        new("shelling_artillery_missile_attack", "Shelling/artillery/missile attack"),
        new("remote_explosive_landmine_ied", "Remote explosive/landmine/IED"),
        new("grenade", "Grenade"),
    ]);

    public static readonly EventType ViolenceAgainstCivilians = new("violence_against_civilians", "Violence against civilians",
    [
        new("sexual_violence", "Sexual violence"),
        new("attack", "Attack"),
        new("abduction_forced_disappearance", "Abduction/forced disappearance"),
    ]);

    public static readonly EventType Protests = new("protests", "Protests",
    [
        new("peaceful_protest", "Peaceful protest"),
        new("protest_with_intervention", "Protest with intervention"),
        new("excessive_force_against_protesters", "Excessive force against protesters"),
    ]);

    public static readonly EventType Riots = new("riots", "Riots",
    [
        new("violent_demonstration", "Violent demonstration"),
        new("mob_violence", "Mob violence"),
    ]);

    public static readonly EventType StrategicDevelopments = new("strategic_developments", "Strategic developments",
    [
        new("agreement", "Agreement"),
        new("arrests", "Arrests"),
        new("change_to_group_activity", "Change to group/activity"),
        new("disrupted_weapons_use", "Disrupted weapons use"),
        new("headquarters_or_base_established", "Headquarters or base established"),
        new("looting_property_destruction", "Looting/property destruction"),
        new("non_violent_transfer_of_territory", "Non-violent transfer of territory"),
        new("other", "Other"),
    ]);

    public static IReadOnlyList<EventType> All { get; } =
        [Battles, ExplosionsRemoteViolence, ViolenceAgainstCivilians, Protests, Riots, StrategicDevelopments];

    /// <summary>Finds an event type by code or ACLED label, ignoring case and surrounding space.</summary>
    public static EventType? Find(string? codeOrLabel)
    {
        if (string.IsNullOrWhiteSpace(codeOrLabel)) return null;
        var key = codeOrLabel.Trim();
        return All.FirstOrDefault(t =>
            string.Equals(t.Code, key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(t.Label, key, StringComparison.OrdinalIgnoreCase));
    }

    public SubEventType? FindSubType(string? codeOrLabel)
    {
        if (string.IsNullOrWhiteSpace(codeOrLabel)) return null;
        var key = codeOrLabel.Trim();
        return SubTypes.FirstOrDefault(s =>
            string.Equals(s.Code, key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Label, key, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => Code;
}

public sealed record SubEventType(string Code, string Label)
{
    public override string ToString() => Code;
}
