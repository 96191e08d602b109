using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class CasualtiesTests
{
    [Theory]
    [InlineData("Two soldiers and three militants were killed.", 5, null)]
    [InlineData("Guards clashed with traffickers, killing two of them.", 2, null)]
    [InlineData("At least five and as many as eight fighters were killed.", 5, null)]
    [InlineData("Several border guards were killed.", 3, null)]
    [InlineData("Dozens of people were wounded.", null, 12)]
    [InlineData("A blast killed four people and injured 15.", 4, 15)]
    [InlineData("Four people, including two children, were injured.", null, 4)]
    [InlineData("The shell landed in a field; no one was hurt.", 0, 0)]
    [InlineData("Eight rockets were fired into Tajikistan.", null, null)]
    public void Casualties_are_counted_as_ACLED_counts_them(string sentence, int? fatalities, int? injured)
    {
        Assert.Equal(new CasualtyCount(fatalities, injured), Casualties.Count(sentence));
    }
}
