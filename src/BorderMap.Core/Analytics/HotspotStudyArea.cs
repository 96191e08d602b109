namespace BorderMap.Core.Analytics;

/// <summary>Which hexagons a hotspot analysis compares with each other.</summary>
public enum HotspotStudyArea
{
    /// <summary>
    /// Hexagons of the grid that hold at least one incident of any type at any date (the other
    /// filters and the precision kept). Where nothing has ever been reported — high mountains,
    /// desert, the far side of a closed valley — a zero says nothing about the period; counted in,
    /// such hexagons pull the mean to near zero, every busy hexagon looks hot and no cold spot is
    /// possible. Among the places incidents do happen, a quiet period is a cold spot.
    /// </summary>
    Observed,

    /// <summary>Every hexagon of the grid, empty or not (ArcGIS's fishnet over the extent); for comparison.</summary>
    Grid,
}
