using BorderMap.Rendering.Styles;

namespace BorderMap.Rendering.Widgets;

/// <summary>One legend row: a swatch drawn from <paramref name="Style"/> and its label.</summary>
public sealed record LegendEntry(string Label, IStyle Style);

/// <summary>
/// A legend whose swatches are drawn from the same styles as the layers, so the legend cannot
/// drift from what the map shows.
/// </summary>
public sealed class LegendWidget : Widget
{
    public LegendWidget(string? title, IReadOnlyList<LegendEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Title = title;
        Entries = entries.ToArray();
    }

    public string? Title { get; }

    public IReadOnlyList<LegendEntry> Entries { get; }

    public float FontSize { get; init; } = 12f;
}
