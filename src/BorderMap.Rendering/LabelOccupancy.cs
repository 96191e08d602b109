using SkiaSharp;

namespace BorderMap.Rendering;

/// <summary>
/// Rectangles taken by labels, bucketed into a coarse screen grid so that checking a new label
/// against thousands of placed ones looks only at its neighbours.
/// </summary>
public sealed class LabelOccupancy
{
    private const float CellSize = 64f;
    private readonly Dictionary<(int Column, int Row), List<SKRect>> _cells = [];

    /// <summary>Takes the rectangle and returns true, or returns false if it overlaps a taken one.</summary>
    public bool TryTake(SKRect rect)
    {
        var (c0, r0, c1, r1) = CellRange(rect);
        for (var c = c0; c <= c1; c++)
        {
            for (var r = r0; r <= r1; r++)
            {
                if (!_cells.TryGetValue((c, r), out var taken)) continue;
                foreach (var other in taken)
                {
                    if (other.IntersectsWith(rect)) return false;
                }
            }
        }

        for (var c = c0; c <= c1; c++)
        {
            for (var r = r0; r <= r1; r++)
            {
                if (!_cells.TryGetValue((c, r), out var taken))
                {
                    taken = [];
                    _cells.Add((c, r), taken);
                }

                taken.Add(rect);
            }
        }

        return true;
    }

    private static (int, int, int, int) CellRange(SKRect rect) => (
        (int)MathF.Floor(rect.Left / CellSize),
        (int)MathF.Floor(rect.Top / CellSize),
        (int)MathF.Floor(rect.Right / CellSize),
        (int)MathF.Floor(rect.Bottom / CellSize));
}
