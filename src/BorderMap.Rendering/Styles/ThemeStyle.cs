namespace BorderMap.Rendering.Styles;

/// <summary>
/// Picks a style per feature, as Mapsui's ThemeStyle does. The function should return shared
/// style instances (not new ones per feature): features are batched by the style returned.
/// </summary>
public sealed class ThemeStyle : Style
{
    public ThemeStyle(Func<Layers.IFeature, IStyle?> styleFor)
    {
        StyleFor = styleFor ?? throw new ArgumentNullException(nameof(styleFor));
    }

    /// <summary>The style for a feature, or null to leave it undrawn.</summary>
    public Func<Layers.IFeature, IStyle?> StyleFor { get; }
}
