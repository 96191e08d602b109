using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>Text taken from a feature attribute, drawn beside the feature with a halo.</summary>
public sealed class LabelStyle : Style
{
    public LabelStyle(string labelColumn)
    {
        LabelColumn = string.IsNullOrWhiteSpace(labelColumn)
            ? throw new ArgumentException("a label style needs the name of the attribute to show", nameof(labelColumn))
            : labelColumn;
    }

    /// <summary>The attribute whose value is the label; features without it get no label.</summary>
    public string LabelColumn { get; }

    public float FontSize { get; init; } = 12f;

    public bool Bold { get; init; }

    public SKColor ForeColor { get; init; } = new(0x22, 0x22, 0x22);

    /// <summary>The halo keeps text readable over busy backgrounds; null draws none.</summary>
    public SKColor? Halo { get; init; } = SKColors.White;

    public float HaloWidth { get; init; } = 3f;

    /// <summary>Pixels from the feature's point to the label's left baseline start.</summary>
    public SKPoint Offset { get; init; } = new(7f, 4f);

    /// <summary>
    /// When true a label overlapping one already drawn is left out, as cartographers do, rather
    /// than printing illegible stacks of text over a dense cluster.
    /// </summary>
    public bool AvoidCollisions { get; init; } = true;
}
