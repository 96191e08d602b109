using BorderMap.Rendering.Layers;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// Draws a marker per point. Points come batched by style; each batch renders its marker once
/// and stamps it at every point (<see cref="SymbolSprite"/>), so 100,000 incidents take a few
/// hundred milliseconds on a small machine. Within a batch, later features are drawn over earlier ones.
/// </summary>
public sealed class SymbolStyleRenderer : IStyleRenderer
{
    public void Draw(RenderContext context, IStyle style, IReadOnlyList<IFeature> features)
    {
        var viewport = context.Viewport;
        var points = new List<SKPoint>(features.Count);
        foreach (var feature in features)
        {
            if (feature is not GeometryFeature { Geometry: var geometry })
                throw new NotSupportedException($"a symbol style cannot draw a {feature.GetType().Name}");
            if (geometry is Point point)
            {
                points.Add(viewport.WorldToScreen(point.X, point.Y));
            }
            else if (geometry is MultiPoint multiPoint)
            {
                for (var i = 0; i < multiPoint.NumGeometries; i++)
                {
                    var part = (Point)multiPoint.GetGeometryN(i);
                    points.Add(viewport.WorldToScreen(part.X, part.Y));
                }
            }
            else if (!geometry.IsEmpty)
            {
                var anchor = geometry.InteriorPoint;
                points.Add(viewport.WorldToScreen(anchor.X, anchor.Y));
            }
        }

        using var sprite = new SymbolSprite(context.Paints, (SymbolStyle)style);
        sprite.DrawAll(context.Canvas, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(points));
    }
}
