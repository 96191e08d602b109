namespace BorderMap.Rendering.Styles;

/// <summary>
/// Several styles for one layer, drawn in order over the layer's features: e.g. a wide white
/// casing under a narrow dark line, or symbols then their labels.
/// </summary>
public sealed class StyleCollection : Style
{
    public StyleCollection(params IStyle[] styles)
    {
        ArgumentNullException.ThrowIfNull(styles);
        Styles = styles.ToArray();
    }

    public IReadOnlyList<IStyle> Styles { get; }
}
