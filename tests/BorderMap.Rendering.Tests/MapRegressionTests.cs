using BorderMap.Rendering.Charts;
using BorderMap.Rendering.Tests.Fixtures;
using BorderMap.Rendering.Tests.Support;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// Golden-image tests over fixed, made-up scenes. On a mismatch the actual and diff images are
/// written beside the test binaries; BORDERMAP_UPDATE_GOLDEN=1 rewrites Golden/*.png.
/// </summary>
public sealed class MapRegressionTests
{
    public static TheoryData<string> MapScenes => ["incident_scene", "heatmap_scene", "utm_heatmap_scene"];

    [Theory]
    [MemberData(nameof(MapScenes))]
    public void Map_scene_matches_its_golden_image(string scene)
    {
        var map = scene switch
        {
            "incident_scene" => TestScenes.IncidentScene(),
            "heatmap_scene" => TestScenes.HeatmapScene(),
            "utm_heatmap_scene" => TestScenes.UtmHeatmapScene(),
            _ => throw new ArgumentOutOfRangeException(nameof(scene), scene, "unknown scene"),
        };

        GoldenImage.AssertMatches(new MapRenderer().RenderToPng(map), scene);
    }

    [Fact]
    public void Twelve_month_timeline_matches_its_golden_image()
    {
        var png = new TimelineChart().RenderToPng(TestTimeline.TwelveMonths(), TestTimeline.Options());

        GoldenImage.AssertMatches(png, "timeline_12_months");
    }
}
