using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Data.Tests.Geodata;

/// <summary>The real gazetteer (geodata/) resolves the spellings reporters use to the right place first.</summary>
public sealed class GazetteerResolutionTests
{
    private static readonly Lazy<PlaceGazetteer> Gazetteer = new(() => BorderMap.Data.Geodata.GeodataFiles.Read(LoadedGeodata.Directory).BuildGazetteer());

    public static TheoryData<string, string, string> Variants()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(LoadedGeodata.Directory, "..", "tests", "BorderMap.Data.Tests", "Geodata", "name-variants.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2]);
        }
        return data;
    }

    [Fact]
    public void The_variant_table_holds_at_least_sixty_spellings_in_three_scripts()
    {
        var variants = Variants().Select(row => (string)row[0]).ToList();
        Assert.True(variants.Count >= 60, $"{variants.Count} variants");
        Assert.Contains(variants, v => v.Any(c => c is >= 'А' and <= 'я'));
        Assert.Contains(variants, v => v.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_spelling_resolves_to_its_place_first(string query, string expected, string kind)
    {
        var candidates = Gazetteer.Value.Search(query, limit: 3);
        Assert.True(candidates.Count > 0, $"'{query}' ({kind}) found nothing");
        Assert.True(expected.Split('|').Contains(candidates[0].Id),
            $"'{query}' ({kind}) resolved to {string.Join(", ", candidates.Select(c => $"{c.Id} {c.Name} {c.Match} {c.Score:F3}"))}, expected {expected}");
    }

    /// <summary>
    /// GeoNames gives these spellings to two places each; only the text around them can decide
    /// (the geoparser's job), so the gazetteer must offer both near the top rather than hide one.
    /// </summary>
    [Theory]
    [InlineData("Kolkhozabad", "place:1221259", "place:1220163")]
    [InlineData("Pyandzh", "place:1220750", "place:1221871")]
    [InlineData("Shuroobod", "place:1220479", "admin:TJ.02.7670506")]
    [InlineData("Faizabad", "place:1142170", "place:1142171")]
    public void An_ambiguous_spelling_offers_every_place_it_names(string query, string one, string other)
    {
        var ids = Gazetteer.Value.Search(query, limit: 3).Select(c => c.Id).ToList();
        Assert.Contains(one, ids);
        Assert.Contains(other, ids);
    }

    [Fact]
    public void A_country_filter_keeps_only_that_country()
    {
        Assert.All(Gazetteer.Value.Search("Farkhor", country: "AF"), c => Assert.Equal("AF", c.Country));
        Assert.Equal("place:1142239", Gazetteer.Value.Search("Farkhar", country: "AF")[0].Id);
    }

    [Fact]
    public void Near_a_point_breaks_ties_toward_the_closer_place()
    {
        var nearKhorugh = new GeoPoint(71.55, 37.49);
        var candidates = Gazetteer.Value.Search("Khorog", near: nearKhorugh);
        Assert.Equal("place:1221328", candidates[0].Id);
        Assert.True(candidates[0].DistanceM < 1_000);
    }

    [Fact]
    public void Nonsense_finds_nothing_rather_than_something_far_fetched()
    {
        Assert.Empty(Gazetteer.Value.Search("Zxqwv Plompf"));
    }
}
