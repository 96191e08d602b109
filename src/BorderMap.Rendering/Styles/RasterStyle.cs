namespace BorderMap.Rendering.Styles;

/// <summary>Colours a heatmap grid through a ramp; zero cells stay transparent.</summary>
public sealed class RasterStyle : Style
{
    public ColorRamp Ramp { get; init; } = ColorRamp.Heat;

    /// <summary>The value drawn in the ramp's last colour; null uses the grid's maximum.</summary>
    public float? MaxValue { get; init; }

    /// <summary>Multiplies the ramp's alpha, so the basemap can show through the heat.</summary>
    public float Opacity { get; init; } = 0.8f;
}
