using SkiaSharp;

namespace BorderMap.Rendering.Tests;

public sealed class LabelOccupancyTests
{
    [Fact]
    public void A_label_overlapping_a_placed_one_is_refused_and_a_clear_one_is_taken()
    {
        var occupancy = new LabelOccupancy();

        Assert.True(occupancy.TryTake(new SKRect(100, 100, 180, 114)));
        Assert.False(occupancy.TryTake(new SKRect(150, 105, 230, 119)));
        Assert.True(occupancy.TryTake(new SKRect(190, 100, 260, 114)));
    }

    [Fact]
    public void Labels_straddling_grid_cells_still_collide()
    {
        var occupancy = new LabelOccupancy();

        Assert.True(occupancy.TryTake(new SKRect(60, 60, 70, 70)));
        Assert.False(occupancy.TryTake(new SKRect(65, 65, 140, 140)));
    }
}
