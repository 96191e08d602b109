using BorderMap.Rendering.Layers;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>Draws polygons (fill, then outline) and lines (stroke) with a <see cref="VectorStyle"/>.</summary>
public sealed class VectorStyleRenderer : IStyleRenderer
{
    public void Draw(RenderContext context, IStyle style, IReadOnlyList<IFeature> features)
    {
        var vectorStyle = (VectorStyle)style;
        var fill = vectorStyle.Fill is { } fillColor ? context.Paints.Fill(fillColor) : null;
        var stroke = vectorStyle.Outline is { } outlineColor && vectorStyle.OutlineWidth > 0
            ? context.Paints.Stroke(outlineColor, vectorStyle.OutlineWidth, vectorStyle.Dash)
            : null;
        using var path = new SKPath();
        foreach (var feature in features)
        {
            if (feature is not GeometryFeature geometryFeature)
                throw new NotSupportedException($"a vector style cannot draw a {feature.GetType().Name}");
            DrawGeometry(context, geometryFeature.Geometry, path, fill, stroke, vectorStyle);
        }
    }

    private static void DrawGeometry(RenderContext context, Geometry geometry, SKPath path, SKPaint? fill, SKPaint? stroke, VectorStyle style)
    {
        var canvas = context.Canvas;
        var viewport = context.Viewport;
        switch (geometry)
        {
            case Polygon or MultiPolygon:
                path.Reset();
                // Even-odd so holes stay holes whichever way their rings wind; Reset clears it.
                path.FillType = SKPathFillType.EvenOdd;
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    GeometryPath.AddPolygon(path, (Polygon)geometry.GetGeometryN(i), viewport);
                }

                if (fill is not null) canvas.DrawPath(path, fill);
                if (stroke is not null) canvas.DrawPath(path, stroke);
                break;
            case LineString or MultiLineString:
                if (stroke is null) return;
                path.Reset();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    GeometryPath.AddLine(path, ((LineString)geometry.GetGeometryN(i)).CoordinateSequence, viewport);
                }

                canvas.DrawPath(path, stroke);
                break;
            case Point or MultiPoint:
                // A vector style on points draws a small dot, so a mis-styled point layer shows
                // up on the map instead of vanishing.
                var radius = Math.Max(3f, style.OutlineWidth * 2f);
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var point = (Point)geometry.GetGeometryN(i);
                    var centre = viewport.WorldToScreen(point.X, point.Y);
                    if (fill is not null) canvas.DrawCircle(centre, radius, fill);
                    if (stroke is not null) canvas.DrawCircle(centre, radius, stroke);
                }

                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    DrawGeometry(context, collection.GetGeometryN(i), path, fill, stroke, style);
                }

                break;
            default:
                throw new NotSupportedException($"a vector style cannot draw a {geometry.GeometryType}");
        }
    }
}
