using BorderMap.Core.Incidents;
using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Styles;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Tests.Styles;

public sealed class IncidentStylesTests
{
    [Fact]
    public void Every_acled_event_type_has_its_own_colour_and_none_is_the_unclassified_grey()
    {
        var colours = EventType.All.Select(t => IncidentStyles.ColorFor(t.Code)).ToArray();

        Assert.Equal(colours.Length, colours.Distinct().Count());
        Assert.DoesNotContain(IncidentStyles.Unclassified.Fill!.Value, colours);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Battles")] // labels are not codes; styling goes by the stored code
    public void Unknown_codes_get_the_unclassified_style(string? code)
    {
        Assert.Same(IncidentStyles.Unclassified, IncidentStyles.For(code));
    }

    [Fact]
    public void The_theme_returns_the_same_style_instance_for_every_incident_of_a_type()
    {
        var theme = IncidentStyles.ByEventType();
        var a = new GeometryFeature(new Point(69, 37), new Dictionary<string, object?> { ["event_type"] = "battles" });
        var b = new GeometryFeature(new Point(70, 38), new Dictionary<string, object?> { ["event_type"] = "battles" });

        Assert.Same(theme.StyleFor(a), theme.StyleFor(b));
    }

    [Fact]
    public void The_legend_lists_the_six_acled_types_with_their_labels_and_map_styles()
    {
        var entries = IncidentStyles.LegendEntries();

        Assert.Equal(EventType.All.Select(t => t.Label), entries.Select(e => e.Label));
        Assert.Same(IncidentStyles.For("riots"), entries.Single(e => e.Label == "Riots").Style);
    }
}
