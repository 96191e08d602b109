using BorderMap.Rendering.Projections;
using BorderMap.Rendering.Styles;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>
/// Features held in memory. They are given in EPSG:4326 and projected to EPSG:3857 once, here,
/// so that rendering the same layer many times (CLI batches, server requests) does no projecting.
/// </summary>
public sealed class MemoryLayer : ILayer
{
    private readonly GeometryFeature[] _features;

    public MemoryLayer(string name, IEnumerable<GeometryFeature> lonLatFeatures, IStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(lonLatFeatures);
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Style = style;
        _features = lonLatFeatures
            .Select(f => new GeometryFeature(SphericalMercator.FromLonLat(f.Geometry), f.Attributes))
            .ToArray();
    }

    public string Name { get; }

    public bool Enabled { get; init; } = true;

    public IStyle? Style { get; }

    public int Count => _features.Length;

    public IEnumerable<IFeature> GetFeatures(Envelope extent, double resolution)
    {
        ArgumentNullException.ThrowIfNull(extent);
        foreach (var feature in _features)
        {
            if (feature.Extent.Intersects(extent)) yield return feature;
        }
    }
}
