namespace BorderMap.Core.Incidents;

/// <summary>Border-specific tags that ACLED's taxonomy has no type for.</summary>
public static class BorderTag
{
    public const string Smuggling = "smuggling";
    public const string Crossing = "crossing";
    public const string DrugSeizure = "drug_seizure";
    public const string WeaponSeizure = "weapon_seizure";
    public const string Detention = "detention";
    public const string CrossBorderFire = "cross_border_fire";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Smuggling, Crossing, DrugSeizure, WeaponSeizure, Detention, CrossBorderFire,
    };
}
