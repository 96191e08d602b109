using System.Text;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>Behaviours of the extractor as a whole. Every text here was written for the test.</summary>
public sealed class IncidentExtractorTests
{
    private static readonly IncidentExtractor s_extractor = new(Geodata.Gazetteer, Geodata.Border);
    private static readonly DateOnly s_published = new(2024, 3, 11);

    private static GeoparseResult Extract(string text) => s_extractor.Extract(new Article(text, s_published));

    [Fact]
    public void Fire_from_a_province_into_Tajikistan_lies_on_the_Tajik_side_of_the_border_facing_that_province()
    {
        var incident = Assert.Single(Extract("Rockets were fired from Afghanistan's Takhar province into Tajikistan on Saturday.").Incidents);
        Assert.Equal(GeoPrecision.ProvinceOrBorder, incident.GeoPrecision);
        Assert.Equal(Countries.Tajikistan, incident.Border.Side);
        var facing = new BorderAnchor(Geodata.Border).Facing("AF.26")!.Value;
        var segment = Geodata.Border.FindSegment(incident.Border.SegmentId!)!;
        Assert.InRange(segment.FromM, facing.FromM, facing.ToM);
        Assert.Contains("Takhar", incident.ContextPlaces);
    }

    [Fact]
    public void An_incident_farther_than_the_area_of_interest_is_skipped_with_its_distance()
    {
        var result = Extract("Taliban fighters clashed with resistance fighters in the Kuran wa Munjan district on Sunday.");
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Skipped, s => s.Reason.StartsWith("outside the area of interest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_named_only_as_a_hospital_or_a_capital_is_not_the_incident_place()
    {
        var incident = Assert.Single(Extract("Two guards wounded in a firefight near Shuroabad on Saturday were flown to a hospital in Dushanbe.").Incidents);
        Assert.Equal("Shŭrobod", incident.PlaceName);
        Assert.Equal(GeoPrecision.District, incident.GeoPrecision);
    }

    [Fact]
    public void A_text_repeating_one_incident_sentence_gives_one_incident_whose_notes_stay_bounded()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++) text.Append("Guards clashed near Farkhor on Sunday. ");
        var incident = Assert.Single(Extract(text.ToString()).Incidents);
        Assert.True((incident.Notes?.Length ?? 0) <= IncidentInput.MaxNotesLength + 200, $"notes of {incident.Notes?.Length} characters");
    }

    [Fact]
    public void Same_key_places_across_the_river_follow_the_country_the_text_gives_them()
    {
        var afghan = Assert.Single(Extract("Gunmen killed two civilians in Afghanistan's Darwaz district on Saturday.").Incidents);
        var tajik = Assert.Single(Extract("A mine exploded in Tajikistan's Darvoz district on Saturday.").Incidents);
        Assert.Equal(Countries.Afghanistan, afghan.Country);
        Assert.Equal(Countries.Tajikistan, tajik.Country);
        Assert.NotEmpty(tajik.Alternatives);
    }
}
