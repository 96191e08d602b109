using BorderMap.Rendering.Styles;
using BorderMap.Rendering.Widgets;
using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// Renders a <see cref="Map"/> with SkiaSharp: background, layers bottom to top, then widgets.
/// Each style and widget type is drawn by the renderer registered for it, as in Mapsui's
/// MapRenderer, so a new style is a new class plus one registration. Stateless between renders
/// and safe to share; errors propagate to the caller.
/// </summary>
public sealed class MapRenderer
{
    /// <summary>Symbols are batched from features slightly outside the view, so edge markers are not cut off.</summary>
    private const double EdgeMarginPixels = 32;

    public Dictionary<Type, IStyleRenderer> StyleRenderers { get; } = new()
    {
        [typeof(VectorStyle)] = new VectorStyleRenderer(),
        [typeof(SymbolStyle)] = new SymbolStyleRenderer(),
        [typeof(LabelStyle)] = new LabelStyleRenderer(),
        [typeof(RasterStyle)] = new RasterStyleRenderer(),
    };

    public Dictionary<Type, IWidgetRenderer> WidgetRenderers { get; } = new()
    {
        [typeof(TitleWidget)] = new TitleWidgetRenderer(),
        [typeof(LegendWidget)] = new LegendWidgetRenderer(),
        [typeof(ScaleBarWidget)] = new ScaleBarWidgetRenderer(),
        [typeof(AttributionWidget)] = new AttributionWidgetRenderer(),
        [typeof(NorthArrowWidget)] = new NorthArrowWidgetRenderer(),
    };

    /// <summary>Renders the map to PNG bytes. The same map always gives the same bytes.</summary>
    public byte[] RenderToPng(Map map, IProgress<double>? progress = null)
    {
        using var buffer = new MemoryStream();
        RenderToPng(map, buffer, progress);
        return buffer.ToArray();
    }

    public void RenderToPng(Map map, Stream output, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(output);
        var info = new SKImageInfo(map.Viewport.Width, map.Viewport.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not make a {info.Width}×{info.Height} surface");
        Render(surface.Canvas, map, progress);
        PngEncoding.Encode(surface, output);
    }

    /// <summary>Draws the map onto a canvas whose origin is the map's top-left corner.</summary>
    public void Render(SKCanvas canvas, Map map, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(map);
        var viewport = map.Viewport;
        var steps = map.Layers.Count + 1.0;
        progress?.Report(0);

        using var context = new RenderContext(canvas, viewport);
        canvas.Clear(map.BackColor);
        var batcher = new StyleBatcher();
        for (var i = 0; i < map.Layers.Count; i++)
        {
            var layer = map.Layers[i];
            if (layer.Enabled)
            {
                var batches = batcher.Batch(layer, viewport, EdgeMarginPixels);
                for (var b = 0; b < batches.Count; b++)
                {
                    var batch = batches[b];
                    RendererFor(batch.Style, layer.Name).Draw(context, batch.Style, batch.Features);
                    progress?.Report((i + (b + 1.0) / batches.Count) / steps);
                }
            }

            progress?.Report((i + 1) / steps);
        }

        foreach (var widget in map.Widgets)
        {
            if (!widget.Enabled) continue;
            if (!WidgetRenderers.TryGetValue(widget.GetType(), out var renderer))
                throw new InvalidOperationException($"no widget renderer is registered for {widget.GetType().Name}");
            renderer.Draw(context, widget);
        }

        progress?.Report(1);
    }

    private IStyleRenderer RendererFor(IStyle style, string layerName) =>
        StyleRenderers.TryGetValue(style.GetType(), out var renderer)
            ? renderer
            : throw new InvalidOperationException($"no style renderer is registered for {style.GetType().Name}, used by layer '{layerName}'");
}
