namespace BorderMap.Core.Analytics;

/// <summary>
/// Which hexagons of a PostGIS hexagon grid touch: a hexagon's six neighbours have column and row
/// indexes within one of its own, and their centres lie √3·size away (the next ring is ≥ 3·size).
/// </summary>
public static class HexNeighbourhoods
{
    /// <summary>For each bin, the indexes of itself and the bins adjacent to it, in ascending order.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Of(IReadOnlyList<HexBin> bins, double sizeM)
    {
        var index = new Dictionary<(long, long), int>(bins.Count);
        for (var k = 0; k < bins.Count; k++) index[(bins[k].I, bins[k].J)] = k;
        var reach = 2 * sizeM;
        var result = new IReadOnlyList<int>[bins.Count];
        for (var k = 0; k < bins.Count; k++)
        {
            var bin = bins[k];
            var neighbourhood = new List<int>(7);
            for (var di = -1; di <= 1; di++)
            {
                for (var dj = -1; dj <= 1; dj++)
                {
                    if (!index.TryGetValue((bin.I + di, bin.J + dj), out var other)) continue;
                    var dx = bins[other].CentreX - bin.CentreX;
                    var dy = bins[other].CentreY - bin.CentreY;
                    if (dx * dx + dy * dy <= reach * reach) neighbourhood.Add(other);
                }
            }
            neighbourhood.Sort();
            result[k] = neighbourhood;
        }
        return result;
    }
}
