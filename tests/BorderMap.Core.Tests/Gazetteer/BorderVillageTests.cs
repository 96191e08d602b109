using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;
using Committed = BorderMap.Core.Tests.Geoparsing.Geodata;

namespace BorderMap.Core.Tests.Gazetteer;

/// <summary>
/// Border villages that GeoNames cities500 lacks (geodata/hand/villages.tsv) are places of the
/// committed gazetteer: they resolve by every spelling their sources give to the point the source
/// states, Russian forms included, and a far place that shares a name keeps its own point.
/// </summary>
public sealed class BorderVillageTests
{
    private static readonly Lazy<ToponymIndex> s_toponyms = new(() => new ToponymIndex(Committed.Gazetteer, new BorderAnchor(Committed.Border)));

    [Theory]
    [InlineData("Ishmurg", "place:900000001", 36.98222, 72.41083)]
    [InlineData("Ишмург", "place:900000001", 36.98222, 72.41083)]
    [InlineData("Qila-e Panja", "place:900000002", 37.00000, 72.56667)]
    [InlineData("Kala Panja", "place:900000002", 37.00000, 72.56667)]
    [InlineData("Sarhad-e Broghil", "place:900000003", 37.00472, 73.44806)]
    [InlineData("Darshay", "place:900000004", 36.79863, 72.00135)]
    [InlineData("Ay Khanum", "place:900000005", 37.16472, 69.40861)]
    [InlineData("Panji Poyon", "place:900000006", 37.20000, 68.58333)]
    [InlineData("Нижний Пяндж", "place:900000006", 37.20000, 68.58333)]
    public void A_village_resolves_by_a_sourced_spelling_to_its_sourced_point(string query, string id, double lat, double lon)
    {
        var best = Committed.Gazetteer.Search(query, limit: 3)[0];
        Assert.Equal(id, best.Id);
        Assert.Equal("place", best.Type);
        Assert.Equal(lat, best.Location!.Value.Lat, 5);
        Assert.Equal(lon, best.Location!.Value.Lon, 5);
        Assert.True(best.BorderDistanceM < 35_000, $"{query} is {best.BorderDistanceM:0} m from the line");
    }

    [Theory]
    [InlineData("Ишмурге")] // «в Ишмурге»
    [InlineData("Ишмурга")] // «у кишлака Ишмурга»
    [InlineData("Ишмургом")]
    public void A_declined_Russian_form_resolves_to_the_village(string form)
    {
        var best = s_toponyms.Value.Lookup(form)[0];
        Assert.Equal("place:900000001", best.Id);
        Assert.Equal(PlaceKind.Place, best.Kind);
        Assert.Equal(Countries.Afghanistan, best.Country);
    }

    [Fact]
    public void A_clash_at_a_border_village_is_placed_at_the_village_itself()
    {
        var extractor = new IncidentExtractor(Committed.Gazetteer, Committed.Border);
        var result = extractor.Extract(new Article(
            "Taliban fighters clashed with a group of smugglers in the village of Ishmurg in Wakhan district of Badakhshan on 14 May. " +
            "Two smugglers were killed, a local official said.", new DateOnly(2024, 5, 16)));

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(GeoPrecision.Place, incident.GeoPrecision);
        Assert.Equal("Ishmurg", incident.PlaceName);
        Assert.Equal(Countries.Afghanistan, incident.Country);
    }

    /// <summary>
    /// No village of the table shares its name with a far gazetteer place yet, so the far namesake
    /// is made here: the village's own row, and a place of the same name in Kyrgyzstan.
    /// </summary>
    [Fact]
    public void A_far_namesake_stays_far_when_the_context_points_to_it()
    {
        var village = Committed.Gazetteer.FindPlace(900000001)!;
        var far = village with { Id = 1, Country = "KG", Location = new GeoPoint(74.6, 42.9), Admin1Code = null, Admin1Name = null, Admin2Code = null, Admin2Name = null };
        var names = new[] { village, far }.Select(p => new GazetteerName(p.IndexId, p.Name, NameKind.Official, "Latn", null)).ToList();
        var distances = new Dictionary<string, double?> { [village.IndexId] = 1_612, [far.IndexId] = 700_000 };
        var gazetteer = new PlaceGazetteer([village, far], [], [], names, distances);

        // Without context the border prior prefers the village, but the far place is still offered;
        // a text that says where it is (here the country) gets the far place and its own point.
        var bare = gazetteer.Search("Ishmurg");
        Assert.Equal(village.IndexId, bare[0].Id);
        Assert.Contains(bare, c => c.Id == far.IndexId);
        var inKyrgyzstan = gazetteer.Search("Ishmurg", country: "KG")[0];
        Assert.Equal(far.IndexId, inKyrgyzstan.Id);
        Assert.Equal(far.Location, inKyrgyzstan.Location);
        Assert.Equal(700_000, inKyrgyzstan.BorderDistanceM);
    }

    [Fact]
    public void A_village_does_not_take_the_name_of_the_town_it_resembles()
    {
        // Qila-e Panja is "the fort of Panja"; a bare "Panj" is still the Tajik town.
        Assert.Equal("place:1220750", Committed.Gazetteer.Search("Panj", country: "TJ")[0].Id);
        Assert.DoesNotContain(Committed.Gazetteer.Search("Panj", limit: 5), c => c.Id == "place:900000002");
    }

    [Fact]
    public void The_crossing_at_Panji_Poyon_keeps_its_own_entry()
    {
        // The village of Panji Poyon is now a place; the bridge is still found by its Afghan end.
        Assert.Equal("crossing:cr-01", Committed.Gazetteer.Search("Sherkhan Bandar", limit: 3)[0].Id);
    }
}
