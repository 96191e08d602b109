using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Gazetteer;

/// <summary>
/// Spellings real reports use that GeoNames lacks, added to geodata/supplement.tsv with the report
/// that writes them as the source: each must name its own unit, against the committed geodata.
/// </summary>
public sealed class ReportedNamesTests
{
    private static readonly IncidentExtractor s_extractor = new(Geoparsing.Geodata.Gazetteer, Geoparsing.Geodata.Border);

    [Theory]
    [InlineData("Shekay", "Shikī")]
    [InlineData("Шохин", "Shuro-obod District")]
    [InlineData("Шохинский район", "Shuro-obod District")]
    public void A_reported_spelling_names_its_district(string spelling, string district) =>
        Assert.Equal(district, s_extractor.Lookup(spelling)[0].Name);
}
