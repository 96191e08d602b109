using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Widgets;
using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// A map to render: a viewport, layers drawn bottom to top, then widgets (title, legend, scale
/// bar…) drawn over them. Shaped like Mapsui's Map so moving to Mapsui stays a small change.
/// </summary>
public sealed class Map
{
    public Map(Viewport viewport)
    {
        Viewport = viewport ?? throw new ArgumentNullException(nameof(viewport));
    }

    public Viewport Viewport { get; set; }

    /// <summary>Drawn in list order: the first layer is at the bottom.</summary>
    public List<ILayer> Layers { get; } = [];

    /// <summary>Drawn after all layers, in list order.</summary>
    public List<IWidget> Widgets { get; } = [];

    public SKColor BackColor { get; set; } = SKColors.White;
}
