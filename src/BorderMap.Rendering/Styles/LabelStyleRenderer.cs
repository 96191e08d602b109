using System.Globalization;
using BorderMap.Rendering.Layers;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>Draws each feature's label attribute beside it, with a halo, skipping collisions.</summary>
public sealed class LabelStyleRenderer : IStyleRenderer
{
    public void Draw(RenderContext context, IStyle style, IReadOnlyList<IFeature> features)
    {
        var labelStyle = (LabelStyle)style;
        var font = context.Paints.Font(labelStyle.FontSize, labelStyle.Bold);
        var text = context.Paints.Fill(labelStyle.ForeColor);
        var halo = labelStyle.Halo is { } haloColor && labelStyle.HaloWidth > 0
            ? context.Paints.Stroke(haloColor, labelStyle.HaloWidth)
            : null;
        var metrics = font.Metrics;

        foreach (var feature in features)
        {
            var value = feature[labelStyle.LabelColumn];
            var label = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(label)) continue;
            if (!TryAnchor(feature, out var x, out var y, context.Viewport)) continue;

            x += labelStyle.Offset.X;
            y += labelStyle.Offset.Y;
            var width = font.MeasureText(label);
            var pad = labelStyle.HaloWidth / 2f;
            var box = new SKRect(x - pad, y + metrics.Ascent - pad, x + width + pad, y + metrics.Descent + pad);
            if (labelStyle.AvoidCollisions && !context.Labels.TryTake(box)) continue;

            if (halo is not null) context.Canvas.DrawText(label, x, y, SKTextAlign.Left, font, halo);
            context.Canvas.DrawText(label, x, y, SKTextAlign.Left, font, text);
        }
    }

    private static bool TryAnchor(IFeature feature, out float x, out float y, Viewport viewport)
    {
        x = y = 0;
        if (feature is not GeometryFeature { Geometry: var geometry } || geometry.IsEmpty) return false;
        var anchor = geometry is Point point ? point.Coordinate : geometry.InteriorPoint.Coordinate;
        var screen = viewport.WorldToScreen(anchor.X, anchor.Y);
        (x, y) = (screen.X, screen.Y);
        return true;
    }
}
