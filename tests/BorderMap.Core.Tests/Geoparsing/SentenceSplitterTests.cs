using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Sentences_end_at_full_stops_but_not_after_abbreviations_or_initials()
    {
        const string text = "On Feb. 25, Gen. A. Karimov said 2.5 kg were seized. Guards fired. \"Nobody was hurt,\" he said.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Count);
        Assert.Equal("On Feb. 25, Gen. A. Karimov said 2.5 kg were seized.", sentences[0].Text);
    }

    [Fact]
    public void Every_sentence_carries_its_offsets_in_the_text()
    {
        const string text = "First line.\nSecond line here.";
        Assert.All(SentenceSplitter.Split(text), s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }
}
