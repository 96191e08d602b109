using BorderMap.Rendering.Styles;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>A source of features in EPSG:3857 and the style they are drawn with.</summary>
public interface ILayer
{
    string Name { get; }

    bool Enabled { get; }

    /// <summary>The layer's style; a <see cref="ThemeStyle"/> picks one per feature.</summary>
    IStyle? Style { get; }

    /// <summary>Features that may intersect <paramref name="extent"/> (EPSG:3857), in drawing order.</summary>
    IEnumerable<IFeature> GetFeatures(Envelope extent, double resolution);
}
