namespace BorderMap.Core.Analytics;

/// <summary>The kernel shapes of QGIS's "Heatmap (Kernel Density Estimation)".</summary>
public enum KernelShape
{
    Quartic,
    Triangular,
    Uniform,
    Triweight,
    Epanechnikov,
}

/// <summary>QGIS's "output value scaling": the kernel's raw profile, or the profile scaled to integrate to 1 over its disc.</summary>
public enum KernelOutput
{
    Raw,
    Scaled,
}

/// <summary>
/// The kernels as QGIS defines them (Wand and Jones 1995, p. 175, in two dimensions): each is zero
/// beyond the radius r; "scaled" multiplies the raw profile by the constant that makes its integral
/// over the disc of radius r equal 1, so a scaled grid is a density per square metre.
/// </summary>
public static class Kernels
{
    public static IReadOnlyDictionary<string, KernelShape> Names { get; } = new Dictionary<string, KernelShape>(StringComparer.OrdinalIgnoreCase)
    {
        ["quartic"] = KernelShape.Quartic,
        ["triangular"] = KernelShape.Triangular,
        ["uniform"] = KernelShape.Uniform,
        ["triweight"] = KernelShape.Triweight,
        ["epanechnikov"] = KernelShape.Epanechnikov,
    };

    public static string Name(this KernelShape shape) => shape.ToString().ToLowerInvariant();

    /// <summary>The raw profile at distance d from the point: 1 − (d/r)² to a power, or 1 − d/r, or 1.</summary>
    public static double Profile(KernelShape shape, double distance, double radius)
    {
        if (distance > radius) return 0;
        var u = distance / radius;
        return shape switch
        {
            KernelShape.Quartic => (1 - u * u) * (1 - u * u),
            KernelShape.Triweight => (1 - u * u) * (1 - u * u) * (1 - u * u),
            KernelShape.Epanechnikov => 1 - u * u,
            KernelShape.Triangular => 1 - u,
            KernelShape.Uniform => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown kernel shape"),
        };
    }

    /// <summary>
    /// The factor "scaled" output multiplies the raw profile by: 1 / ∫ profile over the disc.
    /// Quartic is 3/(πr²), i.e. QGIS's 16/(5πr²) × 15/16 since its fix of February 2025 (QGIS pull request 60631; before it QGIS had a
    /// typo, 116/(5πr²), so older QGIS versions give quartic scaled values 7.25 times larger).
    /// </summary>
    public static double Scale(KernelShape shape, KernelOutput output, double radius)
    {
        if (output == KernelOutput.Raw) return 1;
        var disc = Math.PI * radius * radius;
        return shape switch
        {
            KernelShape.Quartic => 3 / disc,
            KernelShape.Triweight => 4 / disc,
            KernelShape.Epanechnikov => 2 / disc,
            KernelShape.Triangular => 3 / disc,
            KernelShape.Uniform => 1 / disc,
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown kernel shape"),
        };
    }
}
