using BorderMap.Rendering.Styles;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>A layer holding one heatmap grid, drawn with a <see cref="RasterStyle"/>.</summary>
public sealed class RasterLayer : ILayer
{
    private readonly RasterFeature _feature;

    public RasterLayer(string name, HeatmapGrid grid, RasterStyle style)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Style = style ?? throw new ArgumentNullException(nameof(style));
        _feature = new RasterFeature(grid);
    }

    public string Name { get; }

    public bool Enabled { get; init; } = true;

    public IStyle? Style { get; }

    public HeatmapGrid Grid => _feature.Grid;

    public IEnumerable<IFeature> GetFeatures(Envelope extent, double resolution)
    {
        ArgumentNullException.ThrowIfNull(extent);
        if (_feature.Extent.Intersects(extent)) yield return _feature;
    }
}
