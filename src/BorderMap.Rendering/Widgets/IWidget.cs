using SkiaSharp;

namespace BorderMap.Rendering.Widgets;

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}

/// <summary>Something drawn over the map in screen space: a title, legend, scale bar…</summary>
public interface IWidget
{
    bool Enabled { get; }

    HorizontalAlignment HorizontalAlignment { get; }

    VerticalAlignment VerticalAlignment { get; }

    /// <summary>Pixels between the widget and the image edge it is aligned to.</summary>
    float Margin { get; }
}

/// <summary>The placement settings every widget shares.</summary>
public abstract class Widget : IWidget
{
    public bool Enabled { get; init; } = true;

    public HorizontalAlignment HorizontalAlignment { get; init; } = HorizontalAlignment.Left;

    public VerticalAlignment VerticalAlignment { get; init; } = VerticalAlignment.Top;

    public float Margin { get; init; } = 12f;

    /// <summary>Where a widget of <paramref name="size"/> goes in a viewport, by its alignment.</summary>
    public static SKRect Place(IWidget widget, SKSize size, Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(widget);
        ArgumentNullException.ThrowIfNull(viewport);
        var x = widget.HorizontalAlignment switch
        {
            HorizontalAlignment.Left => widget.Margin,
            HorizontalAlignment.Center => (viewport.Width - size.Width) / 2f,
            HorizontalAlignment.Right => viewport.Width - widget.Margin - size.Width,
            _ => throw new ArgumentOutOfRangeException(nameof(widget), widget.HorizontalAlignment, "unknown horizontal alignment"),
        };
        var y = widget.VerticalAlignment switch
        {
            VerticalAlignment.Top => widget.Margin,
            VerticalAlignment.Center => (viewport.Height - size.Height) / 2f,
            VerticalAlignment.Bottom => viewport.Height - widget.Margin - size.Height,
            _ => throw new ArgumentOutOfRangeException(nameof(widget), widget.VerticalAlignment, "unknown vertical alignment"),
        };
        return SKRect.Create(MathF.Round(x), MathF.Round(y), size.Width, size.Height);
    }
}

/// <summary>Draws one widget type; registered in <see cref="MapRenderer.WidgetRenderers"/>.</summary>
public interface IWidgetRenderer
{
    void Draw(RenderContext context, IWidget widget);
}
