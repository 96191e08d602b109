using BorderMap.Core.Border;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>
/// The document-level stages end to end, against the committed geodata: an event told across
/// sentences, lists of places, recaps, and stories that only look like border incidents. Every
/// text here was written for the test in the style of wire reports; none is a real report.
/// </summary>
public sealed class DocumentEventsTests
{
    private static readonly IncidentExtractor s_extractor = new(Geodata.Gazetteer, Geodata.Border);

    // Monday 4 December 2023.
    private static readonly DateOnly s_published = new(2023, 12, 4);

    private static GeoparseResult Extract(string text) => s_extractor.Extract(new Article(text, s_published));

    [Fact]
    public void A_district_with_no_point_of_its_own_is_its_province_not_a_far_namesake()
    {
        var result = Extract("The Taliban captured the headquarters of Tagab district of Badakhshan on Saturday.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(Countries.Afghanistan, incident.Country);
        Assert.Equal(GeoPrecision.ProvinceOrBorder, incident.GeoPrecision);
    }

    [Fact]
    public void A_dateline_on_the_day_of_publication_gives_way_to_the_day_the_text_says_it_happened()
    {
        var result = Extract(
            "KUNDUZ, Afghanistan, December 4 (Xinhua) -- Taliban militants overran a police checkpoint in Imam Sahib district, killing five policemen, officials said.\n\n" +
            "The attack began on Sunday night and the gunbattle lasted for hours.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 3), incident.Date);
    }

    [Fact]
    public void The_day_officials_spoke_gives_way_to_the_day_another_sentence_gives_the_attack()
    {
        var result = Extract(
            "The Taliban have killed about a dozen Afghan police in Takhar province, officials said Monday.\n\n" +
            "In the attack late Saturday, the insurgents overran several outposts near the provincial capital.\n\n" +
            "Taliban kill a dozen Afghan police Reviewed by Some Blogger on December 4, 2023 Rating: 5");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
        Assert.Equal(Countries.Afghanistan, incident.Country);
    }

    [Fact]
    public void Meanwhile_about_the_same_place_on_the_same_day_is_the_same_incident()
    {
        var result = Extract(
            "Twenty-one Taliban fighters were killed in clashes in Imam Sahib district on Saturday, officials said.\n\n" +
            "Meanwhile, the governor of Imam Sahib district confirmed that three policemen were killed in the fighting on Saturday.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
    }

    [Theory]
    [InlineData("Tajik border guards seized 27 firearms and 296 kilograms of explosives over the report period.")]
    [InlineData("In the same period last year, guards detained 40 drug couriers on the Afghan border.")]
    [InlineData("In the first half of the year, guards on the Afghan border seized 1.3 tons of drugs.")]
    public void A_count_over_a_reporting_period_is_no_incident(string text)
    {
        Assert.Empty(Extract(text).Incidents);
    }

    [Fact]
    public void Badakhshan_province_is_the_Afghan_province_not_Gorno_Badakhshan()
    {
        var result = Extract("A commander and nine of his men were killed in Badakhshan province on Saturday.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(Countries.Afghanistan, incident.Country);
        Assert.Equal("Badakhshan", incident.Admin1);
    }

    [Fact]
    public void A_lede_at_the_province_and_a_detail_paragraph_are_one_incident_at_the_district_on_the_stated_day()
    {
        var result = Extract(
            "One Tajik border guard has been killed in a clash with armed smugglers in the southern Khatlon province.\n\n" +
            "The statement says the incident took place on December 2 in the Shamsiddin Shohin district, in the area patrolled by the Bahorak frontier post.\n\n" +
            "Three trespassers were killed in the shootout.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
        Assert.Equal(TimePrecision.Day, incident.TimePrecision);
        Assert.Equal(EventType.Battles, incident.EventType);
        Assert.Equal(GeoPrecision.District, incident.GeoPrecision);
        Assert.Equal(Countries.Tajikistan, incident.Country);
        var shuroobod = Geodata.Gazetteer.FindAdminArea("TJ.02.7670506")!.Seat!.Value;
        Assert.True(Geodesic.DistanceM(incident.Location, shuroobod) < 25_000, $"{incident.PlaceName} is not in Shamsiddin Shohin");
        Assert.Equal(3, incident.Fatalities);
    }

    [Fact]
    public void Districts_taken_in_one_sentence_are_one_incident_each()
    {
        var result = Extract("The Taliban captured Darqad, Chah Ab and Yangi Qala districts of Takhar province on Saturday, officials said.");

        Assert.Equal(3, result.Incidents.Count);
        Assert.All(result.Incidents, i => Assert.Equal("non_state_actor_overtakes_territory", i.SubEventType?.Code));
        Assert.All(result.Incidents, i => Assert.Equal(new DateOnly(2023, 12, 2), i.Date));
        Assert.Equal(3, result.Incidents.Select(i => i.PlaceName).Distinct().Count());
    }

    [Fact]
    public void Soldiers_retreating_across_the_border_amid_fighting_are_a_crossing_not_a_battle()
    {
        var result = Extract("In the course of heavy clashes with the Taliban, 300 Afghan soldiers retreated across the border into Tajikistan near Ishkashim on Sunday.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventType.StrategicDevelopments, incident.EventType);
        Assert.Contains(BorderTag.Crossing, incident.Tags);
    }

    [Fact]
    public void A_recap_of_an_earlier_clash_alone_is_background()
    {
        var result = Extract(
            "Tajikistan will not send more troops to the Afghan border, an official said on Monday.\n\n" +
            "Recall, one border guard was killed in a clash with smugglers in the Shamsiddin Shohin district on November 2.");

        Assert.Empty(result.Incidents);
        Assert.Contains(result.Skipped, s => s.Reason == NonIncidentCues.Recap);
    }

    [Fact]
    public void A_person_named_like_a_village_is_not_the_place()
    {
        var result = Extract("Orzu Sodiqov was killed on Saturday when a landmine exploded near the border in the Shamsiddin Shohin district.");

        var incident = Assert.Single(result.Incidents);
        Assert.DoesNotContain("Orzu", incident.PlaceName, StringComparison.Ordinal);
        Assert.Equal(EventType.ExplosionsRemoteViolence, incident.EventType);
    }

    [Fact]
    public void A_place_name_after_a_given_name_is_a_person()
    {
        var result = Extract("Taliban attacked a police checkpoint in Kunduz province on Monday. Police chief Ahmad Shah Khan was killed, officials said.");

        var incident = Assert.Single(result.Incidents);
        Assert.DoesNotContain("Shohon", incident.PlaceName, StringComparison.Ordinal);
        Assert.Equal(Countries.Afghanistan, incident.Country);
    }

    [Fact]
    public void A_headquarters_attacked_is_where_the_attack_was_but_a_headquarters_named_for_its_seat_is_not()
    {
        var attacked = Assert.Single(Extract("Taliban attacked a police headquarters in Kunduz province on Monday, officials said.").Incidents);
        Assert.Equal(Countries.Afghanistan, attacked.Country);
        Assert.Contains("Kunduz", attacked.PlaceName, StringComparison.Ordinal);

        var told = Extract("Two soldiers were wounded in a clash on Monday, the army said from its headquarters in Kunduz.");
        Assert.DoesNotContain(told.Incidents, i => i.PlaceName.Contains("Kunduz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clash_on_the_Tajik_Kyrgyz_border_is_not_placed_on_the_Afghan_one()
    {
        var result = Extract("One border guard was killed on Saturday in a shootout on the Tajik-Kyrgyz border, officials said. Two more were wounded on the border.");

        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void Deaths_in_an_avalanche_story_are_not_an_incident()
    {
        var result = Extract("An avalanche hit a village in the Rushon district on Saturday. Three people died, officials said.");

        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void A_town_without_its_own_place_in_a_sentence_takes_the_place_the_article_is_about()
    {
        var result = Extract(
            "Taliban take full control of Kunduz city.\n\n" +
            "The militants launched a coordinated attack on the city from three sides early on Sunday.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(Countries.Afghanistan, incident.Country);
        Assert.Equal(new DateOnly(2023, 12, 3), incident.Date);
    }

    [Fact]
    public void A_turn_of_the_story_with_no_place_or_date_of_its_own_is_not_another_incident()
    {
        var result = Extract(
            "Taliban attacked police outposts in the Khwaja Bahauddin district of Takhar province on Saturday, killing six policemen.\n\n" +
            "Meanwhile, the militants ambushed the reinforcements on their way to the outposts.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
        Assert.Contains(result.Skipped, s => s.Reason == IncidentExtractor.UnplacedUndated);
    }

    [Fact]
    public void Another_operation_the_writer_names_stays_an_incident_without_a_place_of_its_own()
    {
        var result = Extract(
            "Border guards killed a smuggler in a shootout in the Shughnon district on Saturday.\n\n" +
            "In another operation, guards detained four smugglers with a load of cigarettes.");

        Assert.Equal(2, result.Incidents.Count);
    }

    [Fact]
    public void People_arrested_before_are_not_an_arrest()
    {
        var result = Extract(
            "The Taliban kidnapped four Tajik policemen in the Imam Sahib district of Kunduz province on Friday.\n\n" +
            "Meanwhile, the governor of Imam Sahib district demanded that some of the arrested Taliban militants be released in exchange for the policemen.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventType.ViolenceAgainstCivilians, incident.EventType);
    }

    [Theory]
    [InlineData("The attack came as troops have been battling the Taliban for the past few weeks in the Dashti Archi and Imam Sahib districts.")]
    [InlineData("Residents of Takhar say they once witnessed artillery shelling from across the river.")]
    [InlineData("Not long ago, we witnessed rocket attacks on the villages of the Khwaja Ghar district.")]
    public void Fighting_told_as_a_state_or_a_memory_is_not_a_dated_incident(string sentence)
    {
        var result = Extract(sentence);

        Assert.Empty(result.Incidents);
        Assert.NotEmpty(result.Skipped);
    }

    [Fact]
    public void A_district_held_for_years_is_not_a_count_over_a_period()
    {
        var result = Extract("On Saturday, the army retook the Warduj district, which was under Taliban control for the last five years.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
    }

    [Fact]
    public void A_far_district_of_the_province_is_where_it_happened_not_the_province_at_the_border()
    {
        var result = Extract(
            "Two Taliban members were killed in an attack in Takhar province on Saturday.\n\n" +
            "Resistance fighters ambushed a Taliban patrol in a village of Warsaj district, a source said.");

        Assert.Empty(result.Incidents);
        Assert.Contains(result.Skipped, s => s.Reason.Contains("Warsaj", StringComparison.Ordinal));
    }

    [Fact]
    public void Previous_cross_border_attacks_told_with_their_day_are_a_recap_even_in_a_text_cut_off_mid_word()
    {
        // Stored excerpts end where they were cut, as this one does.
        var result = Extract(
            "Two border guards were killed in a clash with armed men from Afghanistan in the Shamsiddin Shohin district on Saturday.\n\n" +
            "On November 20, five people were killed in the Panj district in two previous cross-borde");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(new DateOnly(2023, 12, 2), incident.Date);
    }
}
