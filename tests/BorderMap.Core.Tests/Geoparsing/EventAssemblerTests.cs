using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>How the mentions of an article merge into events. Mentions are built by hand: the assembler reads only their kind, date and place.</summary>
public sealed class EventAssemblerTests
{
    // Panj district's seat on the Tajik bank, Khatlon's stretch of the border, and Kunduz across the river.
    private static readonly GeoPoint s_panj = new(69.099, 37.236);
    private static readonly GeoPoint s_khatlonBorder = new(69.6, 37.3);
    private static readonly GeoPoint s_kunduz = new(68.86, 36.73);
    private static readonly GeoPoint s_khorog = new(71.55, 37.49);

    private int _index;

    private EventMention Mention(string triggerName, DateMention? date, ResolvedPlace? place)
    {
        var index = _index++;
        var sentence = new Sentence(index * 100, index * 100 + 50, $"sentence {index}", index);
        var triggers = triggerName == "" ? new List<TriggerMatch>()
            : [new TriggerMatch(RussianTriggers.Triggers.Single(t => t.Name == triggerName), 0, 5)];
        return new EventMention(index, sentence, triggers, date, place, false, new CasualtyCount(null, null), []);
    }

    private static DateMention Day(int day, bool isExplicit = true) =>
        new(new DateOnly(2024, 5, day), TimePrecision.Day, 0, 5, $"{day} мая", isExplicit);

    private static ResolvedPlace Place(string name, GeoPoint at, GeoPrecision precision, string country, bool bareBorder = false) =>
        new(name, at, precision, country, null, null, 1, [], []) { IsBareBorder = bareBorder };

    [Fact]
    public void A_lede_at_a_province_and_a_detail_at_a_district_on_its_side_are_one_event_at_the_district_on_the_detail_day()
    {
        var lede = Mention("armed clash", Day(15, isExplicit: false), Place("Khatlon", s_khatlonBorder, GeoPrecision.ProvinceOrBorder, Countries.Tajikistan));
        var detail = Mention("killing", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));

        var e = Assert.Single(EventAssembler.Assemble([lede, detail]));
        Assert.Equal("Panj", e.Place?.PlaceName);
        Assert.Equal(new DateOnly(2024, 5, 14), e.Date?.Date);
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void A_province_on_the_other_side_is_another_event()
    {
        var tajik = Mention("armed clash", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var afghan = Mention("armed clash", Day(14), Place("Kunduz", s_kunduz, GeoPrecision.ProvinceOrBorder, Countries.Afghanistan));
        Assert.Equal(2, EventAssembler.Assemble([tajik, afghan]).Count);
    }

    [Fact]
    public void Two_stated_days_five_days_apart_are_two_events()
    {
        var first = Mention("armed clash", Day(10), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var second = Mention("armed clash", Day(15), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var events = EventAssembler.Assemble([first, second]);
        Assert.Equal(2, events.Count);
        Assert.Equal(new[] { 10, 15 }, events.Select(e => e.Date!.Date.Day));
    }

    [Fact]
    public void Two_districts_far_apart_are_two_events()
    {
        var panj = Mention("armed clash", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var khorog = Mention("armed clash", Day(14), Place("Khorog", s_khorog, GeoPrecision.Place, Countries.Tajikistan));
        Assert.Equal(2, EventAssembler.Assemble([panj, khorog]).Count);
    }

    [Fact]
    public void A_sentence_that_only_refers_back_joins_the_last_event_whatever_its_place()
    {
        var panj = Mention("armed clash", Day(10), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var khorog = Mention("arrest", Day(15), Place("Khorog", s_khorog, GeoPrecision.Place, Countries.Tajikistan));
        var back = Mention("", Day(10), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));

        var events = EventAssembler.Assemble([panj, khorog, back]);
        Assert.Equal(2, events.Count);
        Assert.Single(events[0].Mentions);
        Assert.Equal(new[] { khorog, back }, events[1].Mentions);
    }

    [Fact]
    public void A_sentence_that_refers_back_before_any_event_is_dropped() =>
        Assert.Empty(EventAssembler.Assemble([Mention("", Day(10), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan))]));

    [Fact]
    public void A_protest_and_a_clash_at_the_same_place_and_day_stay_apart()
    {
        var protest = Mention("protest", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var clash = Mention("armed clash", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var events = EventAssembler.Assemble([protest, clash]);
        Assert.Equal(2, events.Count);
        Assert.Equal(new[] { EventFamily.Unrest, EventFamily.Violence }, events.Select(e => e.Family));
    }

    [Theory]
    [InlineData(Countries.Tajikistan, Countries.Afghanistan)]
    [InlineData(Countries.Afghanistan, Countries.Tajikistan)]
    [InlineData(Countries.Tajikistan, Countries.Tajikistan)]
    public void A_bare_border_placement_merges_with_a_district_on_either_side(string borderSide, string districtCountry)
    {
        var district = districtCountry == Countries.Tajikistan
            ? Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan)
            : Place("Imam Sahib", s_kunduz, GeoPrecision.District, Countries.Afghanistan);
        var border = Place("Tajik–Afghan border", s_khatlonBorder, GeoPrecision.ProvinceOrBorder, borderSide, bareBorder: true);

        var e = Assert.Single(EventAssembler.Assemble([Mention("armed clash", Day(14), border), Mention("killing", Day(14), district)]));
        Assert.Equal(district.PlaceName, e.Place?.PlaceName);
    }

    [Fact]
    public void The_highest_trigger_in_lexicon_order_decides_the_event()
    {
        var killing = Mention("killing", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var clash = Mention("armed clash", Day(14), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var e = Assert.Single(EventAssembler.Assemble([killing, clash]));
        Assert.Same(clash, e.Deciding);
    }

    [Fact]
    public void A_district_taken_the_day_after_the_fighting_for_it_is_a_second_event()
    {
        var clash = Mention("armed clash", Day(5), Place("Qala-e-Zal", s_kunduz, GeoPrecision.District, Countries.Afghanistan));
        var taken = Mention("territory taken", Day(6), Place("Qala-e-Zal", s_kunduz, GeoPrecision.District, Countries.Afghanistan));
        var events = EventAssembler.Assemble([taken, clash]);
        Assert.Equal(new[] { 6, 5 }, events.Select(e => e.Date!.Date.Day));
    }

    [Fact]
    public void Two_days_of_the_same_fighting_stay_one_event()
    {
        var first = Mention("armed clash", Day(5), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        var second = Mention("armed clash", Day(6), Place("Panj", s_panj, GeoPrecision.District, Countries.Tajikistan));
        Assert.Single(EventAssembler.Assemble([first, second]));
    }

    [Fact]
    public void A_date_months_before_publication_does_not_date_an_undated_event_already_placed()
    {
        var fallen = Mention("territory taken", null, Place("Yamgan", s_khorog, GeoPrecision.District, Countries.Afghanistan));
        var months = new DateMention(new DateOnly(2024, 1, 1), TimePrecision.Month, 0, 5, "в январе", true);
        var retaken = Mention("territory taken", months, Place("Yamgan", s_khorog, GeoPrecision.District, Countries.Afghanistan));

        var events = EventAssembler.Assemble([fallen, retaken], out _, published: new DateOnly(2024, 5, 20));
        Assert.Equal(2, events.Count);
        Assert.Null(events[0].Date);
        // Without the publication day to measure against, the old date joins the event (as before).
        Assert.Single(EventAssembler.Assemble([fallen, retaken]));
    }
}
