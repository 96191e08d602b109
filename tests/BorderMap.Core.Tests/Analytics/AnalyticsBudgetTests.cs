using BorderMap.Core.Analytics;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Tests.Analytics;

public sealed class AnalyticsBudgetTests
{
    private static readonly AnalyticsBudget Budget = new(MaxKernelCells: 1e10, MaxHexagonPairs: 700_000);

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Query(string text) =>
        text.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p[0], [p[1]]));

    [Fact]
    public void A_kernel_reaches_its_discs_area_in_cells_and_never_more_than_the_grid()
    {
        var grid = new KdeGrid(0, 0, 100, 100, 1000, 1000);

        Assert.Equal(Math.PI * 100, AnalyticsBudget.KernelCells(grid, 1_000), 6);
        Assert.Equal(1_000_000, AnalyticsBudget.KernelCells(grid, 1_000_000));
        Assert.Equal(1, AnalyticsBudget.KernelCells(grid, 1));
    }

    [Fact]
    public void The_issues_heatmap_is_refused_naming_the_radius_the_grid_and_the_bbox()
    {
        var request = HeatmapRequest.Parse(Query("bbox=67,36,75,39&width=4096&height=4096&radiusM=200000"));
        var grid = new KdeGrid(0, 0, 173, 83, 4096, 4096);

        var refused = Assert.Throws<InputValidationException>(() => Budget.CheckHeatmap(request, grid, 100_000, estimated: true));

        Assert.Equal(422, refused.Status);
        Assert.Equal(["bbox", "radiusM", "width"], refused.Errors.ToDictionary().Keys.Order());
        Assert.StartsWith("about 100,000 incidents", refused.Errors.ToDictionary()["radiusM"][0]);
    }

    [Fact]
    public void A_heatmap_sized_by_its_pixel_names_pixelM()
    {
        var request = HeatmapRequest.Parse(Query("pixelM=10&radiusM=50000"));

        var refused = Assert.Throws<InputValidationException>(() => Budget.CheckHeatmap(request, new KdeGrid(0, 0, 10, 10, 4096, 4096), 1_000, estimated: false));

        Assert.True(refused.Errors.Has("pixelM"));
        Assert.False(refused.Errors.Has("width"));
    }

    [Fact]
    public void A_maps_heatmap_names_its_own_parameters()
    {
        var request = MapRequest.Parse(Query("width=4096"), 1600, 1000).Heatmap(new BoundingBox(70, 37, 70.1, 37.1));

        var refused = Assert.Throws<InputValidationException>(() => Budget.CheckHeatmap(request, new KdeGrid(0, 0, 4, 4, 2048, 500), 10_000, estimated: false));

        Assert.Equal(["bbox", "height", "width"], refused.Errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void A_heatmap_at_the_budget_passes()
    {
        var request = HeatmapRequest.Parse(Query("radiusM=1000"));
        var grid = new KdeGrid(0, 0, 100, 100, 1000, 1000);

        Budget.CheckHeatmap(request, grid, Math.Floor(1e10 / AnalyticsBudget.KernelCells(grid, 1000)), estimated: false);
    }

    [Fact]
    public void Hexagons_over_the_budget_are_refused_naming_sizeM()
    {
        var request = HotspotRequest.Parse(Query("sizeM=100"));

        Budget.CheckHotspots(request, 100_000);
        var refused = Assert.Throws<InputValidationException>(() => Budget.CheckHotspots(request, 100_001));

        Assert.Equal(["sizeM"], refused.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_command_lines_budget_is_unlimited()
    {
        Assert.True(AnalyticsBudget.Unlimited.IsUnlimited);
        AnalyticsBudget.Unlimited.CheckHeatmap(HeatmapRequest.Parse(Query("radiusM=200000")), new KdeGrid(0, 0, 1, 1, 4096, 4096), 1e9, estimated: false);
    }
}
