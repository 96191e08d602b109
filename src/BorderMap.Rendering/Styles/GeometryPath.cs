using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>Turns projected (EPSG:3857) NTS geometries into screen-space Skia paths.</summary>
internal static class GeometryPath
{
    public static void AddPolygon(SKPath path, Polygon polygon, Viewport viewport)
    {
        AddRing(path, polygon.ExteriorRing.CoordinateSequence, viewport);
        for (var i = 0; i < polygon.NumInteriorRings; i++)
        {
            AddRing(path, polygon.GetInteriorRingN(i).CoordinateSequence, viewport);
        }
    }

    public static void AddLine(SKPath path, CoordinateSequence sequence, Viewport viewport)
    {
        if (sequence.Count == 0) return;
        path.MoveTo(viewport.WorldToScreen(sequence.GetX(0), sequence.GetY(0)));
        for (var i = 1; i < sequence.Count; i++)
        {
            path.LineTo(viewport.WorldToScreen(sequence.GetX(i), sequence.GetY(i)));
        }
    }

    private static void AddRing(SKPath path, CoordinateSequence ring, Viewport viewport)
    {
        AddLine(path, ring, viewport);
        path.Close();
    }
}
