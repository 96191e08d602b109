using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

/// <summary>
/// The light, slightly transparent box behind widget text, so titles and legends stay legible
/// over heatmaps and busy basemaps without hiding what is under them entirely.
/// </summary>
internal static class WidgetPanel
{
    public static readonly SKColor Background = new(0xFF, 0xFF, 0xFF, 0xE6);
    public static readonly SKColor Border = new(0x8C, 0x8C, 0x8C);
    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor SecondaryText = new(0x4D, 0x4D, 0x4D);

    public static void Draw(RenderContext context, SKRect rect)
    {
        context.Canvas.DrawRoundRect(rect, 3f, 3f, context.Paints.Fill(Background));
        context.Canvas.DrawRoundRect(rect, 3f, 3f, context.Paints.Stroke(Border, 1f));
    }
}
