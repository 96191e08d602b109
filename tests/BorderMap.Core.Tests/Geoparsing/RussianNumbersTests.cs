using System.Text.RegularExpressions;
using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class RussianNumbersTests
{
    [Theory]
    [InlineData("трое", 3)]
    [InlineData("Трое", 3)]
    [InlineData("двух", 2)]
    [InlineData("четверо", 4)]
    [InlineData("нескольких", 3)]
    [InlineData("десятки", 12)]
    [InlineData("7", 7)]
    [InlineData("40", 40)]
    public void A_count_in_words_or_digits_is_read_as_ACLED_reads_it(string word, int expected) =>
        Assert.Equal(expected, RussianNumbers.Parse(word));

    [Theory]
    [InlineData("семья")]
    [InlineData("тройка")]
    [InlineData("-3")]
    [InlineData("")]
    public void A_word_that_is_not_a_count_is_not_a_number(string word) =>
        Assert.Null(RussianNumbers.Parse(word));

    [Theory]
    [InlineData("трое", true)]
    [InlineData("нескольких", true)]
    [InlineData("12", true)]
    [InlineData("семья", false)]
    public void The_pattern_accepts_exactly_the_words_parse_reads(string word, bool accepted) =>
        Assert.Equal(accepted, Regex.IsMatch(word, "^(?:" + RussianNumbers.Pattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
