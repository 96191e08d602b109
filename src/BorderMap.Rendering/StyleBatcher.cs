using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Styles;

namespace BorderMap.Rendering;

/// <summary>One style and the features of one layer that are drawn with it.</summary>
internal sealed record StyleBatch(IStyle Style, int Slot, int FirstSeen, List<IFeature> Features);

/// <summary>
/// Resolves each feature's style (expanding collections, asking themes) and groups features by
/// the style they get, so a style renderer sets up its paints once per batch. Batches come back
/// in the order of the layer's style slots (a casing before its line, symbols before labels),
/// then in the order their style first appeared.
/// </summary>
internal sealed class StyleBatcher
{
    private readonly Dictionary<IStyle, StyleBatch> _batches = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<StyleBatch> Batch(ILayer layer, Viewport viewport, double marginPixels)
    {
        _batches.Clear();
        if (layer.Style is null) return [];
        IReadOnlyList<IStyle> slots = layer.Style is StyleCollection collection ? collection.Styles : [layer.Style];
        var resolution = viewport.Resolution;
        var extent = viewport.Extent;
        extent.ExpandBy(marginPixels * resolution);

        foreach (var feature in layer.GetFeatures(extent, resolution))
        {
            for (var slot = 0; slot < slots.Count; slot++)
            {
                Add(feature, slots[slot], slot, resolution);
            }
        }

        return _batches.Values.OrderBy(b => b.Slot).ThenBy(b => b.FirstSeen).ToArray();
    }

    private void Add(IFeature feature, IStyle? style, int slot, double resolution)
    {
        if (style is null || !style.Enabled || resolution < style.MinVisible || resolution > style.MaxVisible) return;
        switch (style)
        {
            case StyleCollection collection:
                foreach (var part in collection.Styles) Add(feature, part, slot, resolution);
                break;
            case ThemeStyle theme:
                Add(feature, theme.StyleFor(feature), slot, resolution);
                break;
            default:
                if (!_batches.TryGetValue(style, out var batch))
                {
                    batch = new StyleBatch(style, slot, _batches.Count, []);
                    _batches.Add(style, batch);
                }

                batch.Features.Add(feature);
                break;
        }
    }
}
