using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>What style and widget renderers draw with during one render of one map.</summary>
public sealed class RenderContext : IDisposable
{
    internal RenderContext(SKCanvas canvas, Viewport viewport)
    {
        Canvas = canvas;
        Viewport = viewport;
    }

    public SKCanvas Canvas { get; }

    public Viewport Viewport { get; }

    public PaintCache Paints { get; } = new();

    /// <summary>Screen rectangles already taken by labels, so later labels can avoid them.</summary>
    public LabelOccupancy Labels { get; } = new();

    public void Dispose() => Paints.Dispose();
}
