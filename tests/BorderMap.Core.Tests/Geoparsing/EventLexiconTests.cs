using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

public sealed class EventLexiconTests
{
    public static TheoryData<string> CorpusSentences()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in Corpus.Snippets.Concat(Corpus.HeldOut).Append(Corpus.Seed))
            foreach (var sentence in SentenceSplitter.Split(Corpus.ArticleOf(snippet).Text))
                data.Add(sentence.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusSentences))]
    public void The_cheap_first_look_never_hides_a_trigger(string sentence)
    {
        if (EventLexicon.FindEvery(sentence).Count > 0) Assert.True(EventLexicon.MayHoldTrigger(sentence));
    }

    [Theory]
    [InlineData("Guards clashed with smugglers, killing two and seizing 40 kg of heroin.", "battles", "drug_seizure")]
    [InlineData("Police seized 120 kg of opium near the border.", "strategic_developments", "drug_seizure")]
    [InlineData("Rockets were fired into Tajikistan.", "explosions_remote_violence", null)]
    [InlineData("Guards detained three men who had illegally crossed the border.", "strategic_developments", "detention")]
    public void The_first_trigger_in_lexicon_order_decides_the_type_and_every_trigger_adds_its_tags(string sentence, string type, string? tag)
    {
        var found = EventLexicon.Find(sentence);
        Assert.Equal(type, found[0].Trigger.Type.Code);
        if (tag is not null) Assert.Contains(tag, found.SelectMany(t => t.Trigger.Tags));
    }

    [Fact]
    public void Every_trigger_names_a_real_ACLED_sub_type_and_known_tags()
    {
        Assert.All(EventLexicon.Triggers, t =>
        {
            Assert.NotNull(t.SubEventType);
            Assert.All(t.Tags, tag => Assert.Contains(tag, BorderTag.All));
        });
    }
}
