using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// Draws <see cref="SymbolStyle"/> markers. Shared by the map's symbol renderer and the legend,
/// so the legend shows exactly the marker the map does.
/// </summary>
public sealed class SymbolPainter : IDisposable
{
    private readonly SymbolStyle _style;
    private readonly SKPaint? _fill;
    private readonly SKPaint? _stroke;
    private readonly SKPath? _triangle;
    private readonly float _half;

    public SymbolPainter(PaintCache paints, SymbolStyle style)
    {
        ArgumentNullException.ThrowIfNull(paints);
        _style = style ?? throw new ArgumentNullException(nameof(style));
        _fill = style.Fill is { } fill ? paints.Fill(fill) : null;
        _stroke = style.Outline is { } outline && style.OutlineWidth > 0 ? paints.Stroke(outline, style.OutlineWidth) : null;
        _half = style.Size / 2f;
        if (style.SymbolType == SymbolType.Triangle)
        {
            // Slightly larger than the circle's box, since a triangle of the same box looks smaller.
            var h = style.Size * 1.15f;
            _triangle = new SKPath();
            _triangle.MoveTo(0, -h * 0.6f);
            _triangle.LineTo(h * 0.577f, h * 0.4f);
            _triangle.LineTo(-h * 0.577f, h * 0.4f);
            _triangle.Close();
        }
    }

    public void Draw(SKCanvas canvas, float x, float y)
    {
        switch (_style.SymbolType)
        {
            case SymbolType.Ellipse:
                if (_fill is not null) canvas.DrawCircle(x, y, _half, _fill);
                if (_stroke is not null) canvas.DrawCircle(x, y, _half, _stroke);
                break;
            case SymbolType.Rectangle:
                // A square looks bigger than a circle of the same width; shrink it to match.
                var s = _half * 0.9f;
                var rect = new SKRect(x - s, y - s, x + s, y + s);
                if (_fill is not null) canvas.DrawRect(rect, _fill);
                if (_stroke is not null) canvas.DrawRect(rect, _stroke);
                break;
            case SymbolType.Triangle:
                canvas.Save();
                canvas.Translate(x, y);
                if (_fill is not null) canvas.DrawPath(_triangle, _fill);
                if (_stroke is not null) canvas.DrawPath(_triangle, _stroke);
                canvas.Restore();
                break;
            default:
                throw new NotSupportedException($"symbol type {_style.SymbolType} has no painter");
        }
    }

    public void Dispose() => _triangle?.Dispose();
}
