using BorderMap.Rendering.Projections;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// What part of the world an image shows, in EPSG:3857, as Mapsui's Viewport has it: a centre,
/// a resolution in projected metres per pixel, and the image size. North is always up.
/// </summary>
public sealed record Viewport
{
    public Viewport(double centerX, double centerY, double resolution, int width, int height)
    {
        if (!double.IsFinite(centerX) || !double.IsFinite(centerY))
            throw new ArgumentOutOfRangeException(nameof(centerX), $"viewport centre ({centerX}, {centerY}) must be finite");
        if (!double.IsFinite(resolution) || resolution <= 0)
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "viewport resolution must be a positive number of metres per pixel");
        if (width <= 0 || height <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), $"viewport size {width}×{height} must be positive");
        CenterX = centerX;
        CenterY = centerY;
        Resolution = resolution;
        Width = width;
        Height = height;
    }

    public double CenterX { get; }

    public double CenterY { get; }

    /// <summary>Projected (EPSG:3857) metres per pixel; ground metres per pixel are fewer away from the equator.</summary>
    public double Resolution { get; }

    public int Width { get; }

    public int Height { get; }

    public double Left => CenterX - Width * Resolution / 2;

    public double Top => CenterY + Height * Resolution / 2;

    public Envelope Extent => new(Left, CenterX + Width * Resolution / 2, CenterY - Height * Resolution / 2, Top);

    public double CenterLatitude => SphericalMercator.ToLonLat(CenterX, CenterY).Lat;

    /// <summary>
    /// The viewport that shows a lon/lat box whole, centred, in an image of the given size. The
    /// box's aspect ratio is kept: the image's spare width or height shows more of the world
    /// around it rather than stretching it.
    /// </summary>
    public static Viewport FitLonLatBounds(double minLon, double minLat, double maxLon, double maxLat, int width, int height, int paddingPixels = 0)
    {
        if (!(minLon < maxLon) || !(minLat < maxLat))
            throw new ArgumentException($"bounding box {minLon},{minLat},{maxLon},{maxLat} must have min < max on both axes");
        if (paddingPixels < 0 || 2 * paddingPixels >= Math.Min(width, height))
            throw new ArgumentOutOfRangeException(nameof(paddingPixels), paddingPixels, $"padding must leave room in a {width}×{height} image");
        var (minX, minY) = SphericalMercator.FromLonLat(minLon, minLat);
        var (maxX, maxY) = SphericalMercator.FromLonLat(maxLon, maxLat);
        var resolution = Math.Max((maxX - minX) / (width - 2 * paddingPixels), (maxY - minY) / (height - 2 * paddingPixels));
        return new Viewport((minX + maxX) / 2, (minY + maxY) / 2, resolution, width, height);
    }

    public SKPoint WorldToScreen(double x, double y) =>
        new((float)((x - Left) / Resolution), (float)((Top - y) / Resolution));

    public (double X, double Y) ScreenToWorld(double screenX, double screenY) =>
        (Left + screenX * Resolution, Top - screenY * Resolution);

    public SKPoint LonLatToScreen(double lon, double lat)
    {
        var (x, y) = SphericalMercator.FromLonLat(lon, lat);
        return WorldToScreen(x, y);
    }

    /// <summary>Ground metres per pixel, east–west, at the viewport's centre latitude.</summary>
    public double GroundResolution => Resolution * SphericalMercator.GroundScaleEastWest(CenterLatitude);
}
