using BorderMap.Rendering.Layers;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// Draws features of one style type, registered in <see cref="MapRenderer.StyleRenderers"/> as
/// Mapsui registers its style renderers. It receives every feature of a layer that has one
/// style at once, so paints are looked up once per batch rather than once per feature.
/// </summary>
public interface IStyleRenderer
{
    void Draw(RenderContext context, IStyle style, IReadOnlyList<IFeature> features);
}
