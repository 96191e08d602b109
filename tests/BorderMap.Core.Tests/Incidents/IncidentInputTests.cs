using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests.Incidents;

public sealed class IncidentInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static IncidentInput Valid => new()
    {
        Date = "2022-05-08",
        EventType = "Explosions/Remote violence",
        SubEventType = "Shelling/artillery/missile attack",
        Geometry = new Point(69.5, 37.5),
        Country = "tj",
        GeoPrecision = 3,
        Tags = ["cross_border_fire", "cross_border_fire"],
        Actors = [" Islamic State (ISKP) "],
    };

    [Fact]
    public void A_valid_input_becomes_a_draft_with_codes_and_trimmed_text()
    {
        var draft = Valid.Validate(Today);
        Assert.Equal(new DateOnly(2022, 5, 8), draft.Date);
        Assert.Same(EventType.ExplosionsRemoteViolence, draft.EventType);
        Assert.Equal("shelling_artillery_missile_attack", draft.SubEventType!.Code);
        Assert.Equal(new GeoPoint(69.5, 37.5), draft.Location);
        Assert.Equal("TJ", draft.Country);
        Assert.Equal(GeoPrecision.ProvinceOrBorder, draft.GeoPrecision);
        Assert.Equal(["cross_border_fire"], draft.Tags);
        Assert.Equal(["Islamic State (ISKP)"], draft.Actors);
        Assert.Equal(TimePrecision.Day, draft.TimePrecision);
    }

    [Fact]
    public void A_draft_round_trips_through_its_input_form()
    {
        var draft = Valid.Validate(Today);
        Assert.Equal(draft with { Tags = [], Actors = [] }, IncidentInput.From(draft).Validate(Today) with { Tags = [], Actors = [] });
        Assert.Equal(draft.Tags, IncidentInput.From(draft).Validate(Today).Tags);
    }

    [Fact]
    public void Every_bad_field_is_reported_together()
    {
        var input = Valid with { Date = "2022-13-01", EventType = "picnic", Geometry = new Point(181, 91), Fatalities = -1, Confidence = double.NaN };
        var errors = Assert.Throws<InputValidationException>(() => input.Validate(Today)).Errors.ToDictionary();
        Assert.Equal(["confidence", "date", "eventType", "fatalities", "geometry"], errors.Keys.Order());
        Assert.Equal(2, errors["geometry"].Length);
    }

    [Fact]
    public void A_publication_time_is_judged_against_the_given_today_not_the_clock()
    {
        var tomorrow = new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(tomorrow, (Valid with { Published = tomorrow }).Validate(Today).Published);
        var errors = Assert.Throws<InputValidationException>(() => (Valid with { Published = tomorrow.AddDays(1) }).Validate(Today)).Errors.ToDictionary();
        Assert.Equal(["published"], errors.Keys);
        // A date years ago is in the future for a today before it: the clock plays no part.
        Assert.Throws<InputValidationException>(() => (Valid with { Date = "2000-01-01", Published = new DateTimeOffset(2000, 1, 5, 0, 0, 0, TimeSpan.Zero) }).Validate(new DateOnly(2000, 1, 2)));
    }

    [Fact]
    public void A_place_name_without_coordinates_asks_for_geocoding_and_is_refused_for_now()
    {
        var input = Valid with { Geometry = null, PlaceName = "Khorugh" };
        Assert.True(input.NeedsGeocoding);
        var errors = Assert.Throws<InputValidationException>(() => input.Validate(Today)).Errors.ToDictionary();
        Assert.Contains("geocoding", errors["geometry"][0]);
    }

    [Fact]
    public void A_date_after_tomorrow_is_in_the_future()
    {
        Assert.Equal(Today.AddDays(1), (Valid with { Date = "2026-11-29" }).Validate(Today).Date);
        Assert.Throws<InputValidationException>(() => (Valid with { Date = "2026-11-30" }).Validate(Today));
    }

    [Theory]
    [InlineData("battles", "battles")]
    [InlineData("BATTLES", "battles")]
    [InlineData("Violence against civilians", "violence_against_civilians")]
    [InlineData(" Strategic developments ", "strategic_developments")]
    public void Event_types_are_found_by_code_or_acled_label(string given, string code) =>
        Assert.Equal(code, EventType.Find(given)?.Code);
}
