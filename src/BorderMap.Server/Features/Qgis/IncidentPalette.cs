using BorderMap.Core.Incidents;
using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Server.Features.Qgis;

/// <summary>
/// The colours outside the browser: each event type's Okabe–Ito colour from the renderer's
/// <see cref="IncidentStyles"/> (the same the viewer reads from /viewer/event-types.json), and the
/// border and segment colours of the viewer's map style (wwwroot/viewer/style.js).
/// </summary>
internal static class IncidentPalette
{
    public const string Border = "#b22222";
    public const string Segment = "#7a5c99";
    public const string Outline = "#1f1f1f";

    public static IReadOnlyList<(EventType Type, SKColor Colour)> EventTypes { get; } =
        EventType.All.Select(t => (t, IncidentStyles.ColorFor(t.Code))).ToArray();

    public static SKColor Unclassified => IncidentStyles.Unclassified.Fill ?? SKColors.Gray;

    public static string Hex(SKColor c) => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";

    /// <summary>QGIS's "r,g,b,a" colour text.</summary>
    public static string Qgis(SKColor c) => $"{c.Red},{c.Green},{c.Blue},{c.Alpha}";

    public static string Qgis(string hex) => Qgis(SKColor.Parse(hex));
}
