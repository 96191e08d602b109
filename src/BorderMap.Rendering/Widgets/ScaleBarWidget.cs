using System.Globalization;

namespace BorderMap.Rendering.Widgets;

/// <summary>A scale bar in metres or kilometres, true at the viewport's centre latitude.</summary>
public sealed class ScaleBarWidget : Widget
{
    public ScaleBarWidget()
    {
        VerticalAlignment = VerticalAlignment.Bottom;
        Margin = 24f;
    }

    /// <summary>The longest the bar may be; it is shortened to a round distance.</summary>
    public float MaxWidth { get; init; } = 160f;
}

/// <summary>A scale bar's round distance and its length on screen.</summary>
public readonly record struct ScaleBarLength(double Metres, float Pixels)
{
    public string Label => Metres >= 1000
        ? (Metres / 1000).ToString("0.###", CultureInfo.InvariantCulture) + " km"
        : Metres.ToString("0", CultureInfo.InvariantCulture) + " m";

    /// <summary>
    /// The longest 1, 2 or 5 × 10ⁿ metres that fits in <paramref name="maxPixels"/>. Web
    /// Mercator's scale changes with latitude, so the bar is measured at the viewport's centre,
    /// with the ellipsoidal correction of <see cref="Viewport.GroundResolution"/>.
    /// </summary>
    public static ScaleBarLength Fit(Viewport viewport, float maxPixels)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        if (!(maxPixels > 0)) throw new ArgumentOutOfRangeException(nameof(maxPixels), maxPixels, "a scale bar needs a positive width");
        var metresPerPixel = viewport.GroundResolution;
        var maxMetres = maxPixels * metresPerPixel;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(maxMetres)));
        var metres = new[] { 5, 2, 1 }.Select(m => m * magnitude).First(m => m <= maxMetres);
        return new ScaleBarLength(metres, (float)(metres / metresPerPixel));
    }
}
