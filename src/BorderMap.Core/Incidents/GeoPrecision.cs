namespace BorderMap.Core.Incidents;

/// <summary>How exactly an incident's point is known, as ACLED codes it: 1 is the most precise.</summary>
public enum GeoPrecision
{
    /// <summary>The named place itself (a town, village, post or bridge).</summary>
    Place = 1,

    /// <summary>A district, or "near" a named place.</summary>
    District = 2,

    /// <summary>Only a province or "the border": the point sits on the border segment facing it.</summary>
    ProvinceOrBorder = 3,
}
