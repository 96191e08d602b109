using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// A colour ramp from 0 (lowest non-zero value) to 1 (maximum), precomputed into 256 entries so
/// colouring a large grid is a table look-up per cell.
/// </summary>
public sealed class ColorRamp
{
    private readonly SKColor[] _table = new SKColor[256];

    public ColorRamp(IReadOnlyList<(float Position, SKColor Color)> stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Count < 2) throw new ArgumentException("a colour ramp needs at least two stops", nameof(stops));
        for (var i = 1; i < stops.Count; i++)
        {
            if (!(stops[i].Position > stops[i - 1].Position))
                throw new ArgumentException($"colour ramp stops must increase; stop {i} at {stops[i].Position} does not", nameof(stops));
        }

        Stops = stops.ToArray();
        for (var i = 0; i < _table.Length; i++) _table[i] = Interpolate(i / 255f);
    }

    /// <summary>
    /// Yellow → orange → red → dark purple (after ColorBrewer's YlOrRd, a sequential scheme that
    /// stays ordered for colour-blind readers and in greyscale print), with low values more
    /// transparent so sparse heat does not hide the basemap.
    /// </summary>
    public static ColorRamp Heat { get; } = new(
    [
        (0.00f, new SKColor(0xFF, 0xEE, 0x99, 0x70)),
        (0.25f, new SKColor(0xFE, 0xC4, 0x4F, 0xA8)),
        (0.50f, new SKColor(0xF0, 0x7A, 0x2A, 0xD0)),
        (0.75f, new SKColor(0xCC, 0x25, 0x1E, 0xE8)),
        (1.00f, new SKColor(0x67, 0x00, 0x3A, 0xF5)),
    ]);

    public IReadOnlyList<(float Position, SKColor Color)> Stops { get; }

    /// <summary>The ramp's colour at <paramref name="t"/>, clamped to [0, 1].</summary>
    public SKColor ColorAt(float t)
    {
        if (float.IsNaN(t)) return SKColors.Transparent;
        return _table[(int)MathF.Round(Math.Clamp(t, 0f, 1f) * 255f)];
    }

    private SKColor Interpolate(float t)
    {
        if (t <= Stops[0].Position) return Stops[0].Color;
        for (var i = 1; i < Stops.Count; i++)
        {
            if (t > Stops[i].Position) continue;
            var (p0, c0) = Stops[i - 1];
            var (p1, c1) = Stops[i];
            var f = (t - p0) / (p1 - p0);
            return new SKColor(Lerp(c0.Red, c1.Red, f), Lerp(c0.Green, c1.Green, f), Lerp(c0.Blue, c1.Blue, f), Lerp(c0.Alpha, c1.Alpha, f));
        }

        return Stops[^1].Color;
    }

    private static byte Lerp(byte a, byte b, float f) => (byte)MathF.Round(a + (b - a) * f);
}
