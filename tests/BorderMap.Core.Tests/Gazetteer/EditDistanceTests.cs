using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("khorog", "khorog", 0)]
    [InlineData("khorog", "khorgo", 1)] // transposition
    [InlineData("rustaq", "rustq", 1)] // deletion
    [InlineData("farkhor", "farkhour", 1)] // insertion
    [InlineData("vanj", "panj", 1)] // substitution
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "kulob", 5)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: no edit of a transposed pair (true DL says 2)
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_transpositions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b));
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(b, a));
    }

    [Fact]
    public void Long_names_beyond_the_stack_buffer_work()
    {
        var a = new string('a', 100) + "b";
        var b = new string('a', 100) + "c";
        Assert.Equal(1, EditDistance.DamerauLevenshtein(a, b));
    }
}
