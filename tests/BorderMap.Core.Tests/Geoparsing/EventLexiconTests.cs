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

    [Theory]
    [InlineData("Afghan forces have reclaimed Warduj district of the north-eastern Badakhshan province.", "territory regained")]
    [InlineData("Security forces cleared the Darqad district of Taliban insurgents.", "territory regained")]
    [InlineData("Badakhshan's Nusay district was cleared of Taliban on Tuesday.", "territory regained")]
    [InlineData("Taliban take Arghanj-Khah District of Badakhshan", "territory taken")]
    [InlineData("Locals said the Taliban had captured the headquarters of Tagab, Kishim, Tashkan, and Shahr-e-Buzarg districts of Badakhshan.", "territory taken")]
    [InlineData("Local sources said the district headquarters collapsed after 20 hours of clashes.", "territory taken")]
    [InlineData("Arghanj-khah district has fallen by armed Taliban after a day of fighting.", "territory taken")]
    public void Taking_and_retaking_a_district_are_read_in_the_words_real_reports_use(string sentence, string trigger)
    {
        Assert.True(EventLexicon.MayHoldTrigger(sentence));
        Assert.Contains(trigger, EventLexicon.Find(sentence).Select(t => t.Trigger.Name));
    }

    [Theory]
    [InlineData("The clash took place in Darqad district on Tuesday.")]
    [InlineData("Relatives took Ali Ahmad to the district hospital.")]
    [InlineData("The road to Darqad district was cleared of snow.")]
    public void Taking_place_or_clearing_snow_is_no_change_of_territory(string sentence)
    {
        Assert.DoesNotContain(EventLexicon.Find(sentence), t => t.Trigger.Name is "territory taken" or "territory regained");
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
