namespace BorderMap.Data.Tiles;

/// <summary>An XYZ tile address, checked: z from 0 to <see cref="MaxZoom"/>, x and y within 2^z.</summary>
public sealed record TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    public override string ToString() => $"{Z}/{X}/{Y}";
}
