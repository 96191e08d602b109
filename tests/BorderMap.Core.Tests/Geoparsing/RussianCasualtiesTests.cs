using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class RussianCasualtiesTests
{
    [Theory]
    [InlineData("В перестрелке погибли двое пограничников.", 2, null)]
    [InlineData("Трое нарушителей были убиты, один ранен.", 3, 1)]
    [InlineData("По меньшей мере 33 человека погибли и более 40 были ранены.", 33, 40)]
    [InlineData("В ходе перестрелок двое нарушителей ликвидированы, двое задержаны, один из которых, отстреливаясь, был ранен.", 2, null)]
    public void The_dead_and_the_hurt_are_counted_from_the_Russian_sentence(string sentence, int? dead, int? hurt)
    {
        var count = RussianCasualties.Count(sentence);

        Assert.Equal(dead, count.Fatalities);
        Assert.Equal(hurt, count.Injured);
    }

    [Fact]
    public async Task A_hedged_count_before_the_verb_of_the_hurt_is_read_without_hanging()
    {
        // .NET 10's compiled form of the counting pattern looped without end on this sentence (a
        // real Russian report); the guard turns a hang into a failure.
        var count = await Task.Run(() => RussianCasualties.Count("33 человека погибли и более 40 были ранены"))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(33, count.Fatalities);
        Assert.Equal(40, count.Injured);
    }
}
