using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// Paints and fonts for one render, shared by every style and widget that asks for the same
/// colour and width, and disposed together when the render ends. Keyed by value rather than by
/// style, so two styles with the same outline share one paint.
/// </summary>
public sealed class PaintCache : IDisposable
{
    private readonly Dictionary<PaintKey, SKPaint> _paints = [];
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private bool _disposed;

    public SKPaint Fill(SKColor color)
    {
        return Get(new PaintKey(color, SKPaintStyle.Fill, 0f, null), static key => new SKPaint
        {
            Color = key.Color,
            Style = SKPaintStyle.Fill,
            IsAntialias = true,
        });
    }

    /// <summary>A round-joined stroke; <paramref name="dash"/> is on/off lengths in pixels.</summary>
    public SKPaint Stroke(SKColor color, float width, IReadOnlyList<float>? dash = null)
    {
        var dashKey = dash is { Count: > 0 } ? string.Join(',', dash) : null;
        return Get(new PaintKey(color, SKPaintStyle.Stroke, width, dashKey), key => new SKPaint
        {
            Color = key.Color,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = key.Width,
            StrokeJoin = SKStrokeJoin.Round,
            StrokeCap = dashKey is null ? SKStrokeCap.Round : SKStrokeCap.Butt,
            IsAntialias = true,
            PathEffect = dash is { Count: > 0 } ? SKPathEffect.CreateDash(dash.ToArray(), 0f) : null,
        });
    }

    /// <summary>A font at a pixel size, from the embedded typefaces.</summary>
    public SKFont Font(float size, bool bold = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = MapFonts.CreateFont(size, bold);
            _fonts.Add((size, bold), font);
        }

        return font;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var paint in _paints.Values)
        {
            paint.PathEffect?.Dispose();
            paint.Dispose();
        }

        foreach (var font in _fonts.Values) font.Dispose();
        _paints.Clear();
        _fonts.Clear();
    }

    private SKPaint Get(PaintKey key, Func<PaintKey, SKPaint> create)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_paints.TryGetValue(key, out var paint))
        {
            paint = create(key);
            _paints.Add(key, paint);
        }

        return paint;
    }

    private readonly record struct PaintKey(SKColor Color, SKPaintStyle Style, float Width, string? Dash);
}
