namespace BorderMap.Rendering.Styles;

/// <summary>
/// How features are drawn. Styles are immutable once made (init-only properties) so renderers
/// may build a paint once per style and reuse it for every feature that has that style.
/// </summary>
public interface IStyle
{
    bool Enabled { get; }

    /// <summary>The smallest resolution (metres/pixel, i.e. most zoomed-in) at which the style draws.</summary>
    double MinVisible { get; }

    /// <summary>The largest resolution (most zoomed-out) at which the style draws.</summary>
    double MaxVisible { get; }
}

/// <summary>The visibility settings every concrete style shares.</summary>
public abstract class Style : IStyle
{
    public bool Enabled { get; init; } = true;

    public double MinVisible { get; init; }

    public double MaxVisible { get; init; } = double.MaxValue;

    public bool IsVisibleAt(double resolution) =>
        Enabled && resolution >= MinVisible && resolution <= MaxVisible;
}
