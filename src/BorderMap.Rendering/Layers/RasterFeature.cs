using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>A heatmap grid as a feature, so rasters go through the same style dispatch as vectors.</summary>
public sealed class RasterFeature : IFeature
{
    private static readonly IReadOnlyDictionary<string, object?> s_noAttributes = new Dictionary<string, object?>();

    public RasterFeature(HeatmapGrid grid)
    {
        Grid = grid ?? throw new ArgumentNullException(nameof(grid));
        Extent = grid.WebMercatorExtent();
    }

    public HeatmapGrid Grid { get; }

    /// <summary>The grid's bounds in EPSG:3857, whatever system the grid itself is in.</summary>
    public Envelope Extent { get; }

    public IReadOnlyDictionary<string, object?> Attributes => s_noAttributes;

    public object? this[string name] => null;
}
