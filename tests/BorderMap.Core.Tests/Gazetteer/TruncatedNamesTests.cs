using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class TruncatedNamesTests
{
    private static GazetteerName Name(string id, string name, NameKind kind = NameKind.Alternate) => new(id, name, kind, "Latn", "GeoNames");

    [Fact]
    public void A_one_word_alternate_that_only_begins_a_longer_name_of_the_same_place_is_dropped()
    {
        var kept = TruncatedNames.Drop([
            Name("place:1", "Imām Şāḩib", NameKind.Official),
            Name("place:1", "Khwaja"),
            Name("place:1", "Khwāja Imām Saiyid"),
            Name("place:1", "Hazrat"),
            Name("place:2", "Khwaja"),
            Name("place:3", "Panj", NameKind.Official),
            Name("place:3", "Panj Bridge"),
            Name("place:4", "Kunduz", NameKind.Official),
            Name("place:4", "Кундуз"),
            Name("place:4", "Кундуз Шахр"),
        ]);

        Assert.DoesNotContain(kept, n => n is { IndexId: "place:1", Name: "Khwaja" });
        Assert.Contains(kept, n => n is { IndexId: "place:1", Name: "Hazrat" }); // begins no other name of place 1
        Assert.Contains(kept, n => n is { IndexId: "place:2", Name: "Khwaja" }); // another place's own name
        Assert.Contains(kept, n => n is { IndexId: "place:3", Name: "Panj" }); // official names always stay
        Assert.Contains(kept, n => n is { IndexId: "place:4", Name: "Кундуз" }); // its own name in Cyrillic
        Assert.Equal(9, kept.Count);
    }

    [Fact]
    public void Khwaja_alone_no_longer_means_Imam_Sahib_and_Khwaja_Bahauddin_is_its_district()
    {
        var extractor = new IncidentExtractor(Geoparsing.Geodata.Gazetteer, Geoparsing.Geodata.Border);

        Assert.DoesNotContain(extractor.Lookup("Khwaja"), o => o.Name.StartsWith("Imām", StringComparison.Ordinal));
        Assert.Equal("Khwājah Bahāwuddīn", extractor.Lookup("Khwaja Bahauddin")[0].Name);
    }
}
