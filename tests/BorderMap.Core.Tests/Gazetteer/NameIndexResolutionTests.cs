using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

/// <summary>Every spelling in Fixtures/name-variants.tsv resolves to its place first, for the stated reason.</summary>
public sealed class NameIndexResolutionTests
{
    public static TheoryData<string, string, string, string> Variants()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in BorderPlaces.Rows("name-variants.tsv"))
        {
            data.Add(row[0], row[1], row[2], row[3]);
        }

        return data;
    }

    [Fact]
    public void The_variant_table_covers_at_least_sixty_spellings_of_at_least_twenty_places()
    {
        var rows = BorderPlaces.Rows("name-variants.tsv").ToArray();
        Assert.True(rows.Length >= 60, $"only {rows.Length} rows");
        Assert.True(rows.Select(r => r[1]).Distinct().Count() >= 20);
        Assert.Contains(rows, r => r[0].Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(rows, r => r[0].Any(c => c is >= '\u0400' and <= '\u04FF'));
        Assert.Contains(rows, r => r[2] == "historic");
        Assert.Contains(rows, r => r[2] == "fuzzy");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_spelling_resolves_to_its_place_first(string query, string placeId, string kind, string about)
    {
        var candidates = BorderPlaces.Index.Lookup(query);

        Assert.True(candidates.Count > 0, $"'{query}' ({about}) found nothing");
        var first = candidates[0];
        Assert.True(first.PlaceId == placeId,
            $"'{query}' ({about}) resolved to {first.PlaceId} via '{first.Match.MatchedName}' ({first.Match.Kind}), expected {placeId}");
        Assert.Equal(ParseKind(kind), first.Match.Kind);
        Assert.InRange(first.Match.Score, 0.0, 1.0);
    }

    private static MatchKind ParseKind(string kind) => Enum.Parse<MatchKind>(kind, ignoreCase: true);
}
