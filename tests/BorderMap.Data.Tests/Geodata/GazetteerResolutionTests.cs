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
    [InlineData("Москва", "place:1220988", "place:524901")] // the Tajik Moskva (Hamadoni) and Moscow
    public void An_ambiguous_spelling_offers_every_place_it_names(string query, string one, string other)
    {
        var ids = Gazetteer.Value.Search(query, limit: 3).Select(c => c.Id).ToList();
        Assert.Contains(one, ids);
        Assert.Contains(other, ids);
    }

    /// <summary>
    /// The gazetteer holds every place of AF, TJ, UZ and KG and every capital, so a far name
    /// resolves to the far place it is, and says how far it is, instead of to a border village.
    /// </summary>
    [Theory]
    [InlineData("Kabul", "place:1138958", "AF")]
    [InlineData("Moscow", "place:524901", "RU")]
    [InlineData("Tashkent", "place:1512569", "UZ")]
    [InlineData("Bishkek", "place:1528675", "KG")]
    [InlineData("Islamabad", "place:1176615", "PK")]
    public void A_far_name_resolves_to_the_far_place_with_its_distance_from_the_border(string query, string expected, string country)
    {
        var best = Gazetteer.Value.Search(query, limit: 3)[0];
        Assert.Equal(expected, best.Id);
        Assert.Equal(country, best.Country);
        Assert.True(best.BorderDistanceM > 150_000, $"{query} is {best.BorderDistanceM:F0} m from the border");
    }

    [Fact]
    public void Suburbs_of_Dushanbe_and_towns_far_from_the_border_are_in_the_gazetteer()
    {
        Assert.Equal("place:1133616", Gazetteer.Value.Search("Mazar-i-Sharif")[0].Id);
        Assert.Equal("place:1220855", Gazetteer.Value.Search("Vahdat", country: "TJ")[0].Id);
        Assert.Equal("place:1514879", Gazetteer.Value.Search("Khujand")[0].Id);
        Assert.Equal("place:1527534", Gazetteer.Value.Search("Osh")[0].Id);
    }

    /// <summary>A border detachment or frontier post resolves to its target (geodata/hand/border_units.tsv).</summary>
    [Theory]
    [InlineData("Panj border detachment", "admin:TJ.02.8221276")]
    [InlineData("Пянджский пограничный отряд", "admin:TJ.02.8221276")]
    [InlineData("Khorog border detachment", "place:1221328")]
    [InlineData("Хорогский пограничный отряд", "place:1221328")]
    [InlineData("Moskovsky border detachment", "admin:TJ.02.8221287")]
    [InlineData("Московский погранотряд", "admin:TJ.02.8221287")]
    [InlineData("Kalaikhum border unit", "place:1221559")]
    [InlineData("Khirmanjo frontier post", "admin:TJ.02.7670506")]
    [InlineData("Bahorak", "admin:TJ.02.7670506")]
    [InlineData("Харгуши", "admin:TJ.01.8220896")]
    public void A_border_unit_resolves_to_its_target(string query, string expected)
    {
        var candidates = Gazetteer.Value.Search(query, limit: 3);
        Assert.True(candidates.Count > 0 && candidates[0].Id == expected,
            $"'{query}' resolved to {string.Join(", ", candidates.Select(c => $"{c.Id} {c.Name} {c.Match} {c.Score:F3}"))}, expected {expected}");
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
