using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>The marker shapes a <see cref="SymbolStyle"/> can draw (Mapsui's SymbolType).</summary>
public enum SymbolType
{
    Ellipse,
    Rectangle,
    Triangle,
}

/// <summary>A marker drawn at a point (or at the interior point of a line or polygon).</summary>
public sealed class SymbolStyle : Style
{
    public SymbolType SymbolType { get; init; } = SymbolType.Ellipse;

    /// <summary>Width and height of the marker in pixels.</summary>
    public float Size { get; init; } = 10f;

    public SKColor? Fill { get; init; } = SKColors.Black;

    public SKColor? Outline { get; init; } = SKColors.White;

    public float OutlineWidth { get; init; } = 1f;
}
