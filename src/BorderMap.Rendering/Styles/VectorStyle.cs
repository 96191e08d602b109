using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>Polygons (fill + outline) and lines (stroke), as Mapsui's VectorStyle.</summary>
public sealed class VectorStyle : Style
{
    /// <summary>Polygon fill; null leaves the inside unpainted.</summary>
    public SKColor? Fill { get; init; }

    /// <summary>Polygon outline and line colour; null draws none.</summary>
    public SKColor? Outline { get; init; } = SKColors.Black;

    /// <summary>Outline and line width in pixels.</summary>
    public float OutlineWidth { get; init; } = 1f;

    /// <summary>Dash pattern in pixels (on, off, on, off…); null for a solid line.</summary>
    public IReadOnlyList<float>? Dash { get; init; }
}
