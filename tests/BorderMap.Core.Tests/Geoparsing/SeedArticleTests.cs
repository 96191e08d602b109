using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>The seed article (AOPNEWS, 13 May 2022) is the model of what users bring.</summary>
public sealed class SeedArticleTests
{
    private static readonly GeoparseResult s_result =
        new IncidentExtractor(Geodata.Gazetteer, Geodata.Border).Extract(Corpus.ArticleOf(Corpus.Seed));

    [Fact]
    public void The_seed_article_yields_exactly_one_incident()
    {
        Assert.Single(s_result.Incidents);
    }

    [Fact]
    public void The_8_May_fire_into_Tajikistan_is_remote_violence_on_the_border_in_Tajikistan()
    {
        var incident = Assert.Single(s_result.Incidents);
        Assert.Equal(new DateOnly(2022, 5, 8), incident.Date);
        Assert.Equal(TimePrecision.Day, incident.TimePrecision);
        Assert.Equal(EventType.ExplosionsRemoteViolence, incident.EventType);
        Assert.Equal("shelling_artillery_missile_attack", incident.SubEventType?.Code);
        Assert.Contains(BorderTag.CrossBorderFire, incident.Tags);
        Assert.Equal(GeoPrecision.ProvinceOrBorder, incident.GeoPrecision);
        Assert.Equal(Countries.Tajikistan, incident.Country);
        Assert.Equal(Countries.Tajikistan, incident.Border.Side);
        Assert.True(incident.Border.DistanceM < 1_000, $"{incident.Border.DistanceM} m from the border");
        Assert.Contains("Islamic State (ISKP)", incident.Actors);
    }

    [Fact]
    public void The_notes_keep_both_the_Islamic_State_claim_and_the_Tajik_account_of_gunfire()
    {
        var notes = Assert.Single(s_result.Incidents).Notes ?? "";
        Assert.Contains("Claimed by Islamic State", notes);
        Assert.Contains("only bullets were fired", notes);
    }

    [Fact]
    public void The_evidence_points_at_the_sentence_in_the_text()
    {
        var incident = Assert.Single(s_result.Incidents);
        var text = Corpus.ArticleOf(Corpus.Seed).Text;
        Assert.Equal(incident.Evidence.Sentence, text[incident.Evidence.Start..incident.Evidence.End]);
        Assert.StartsWith("On May 8, the Islamic State claimed", incident.Evidence.Sentence);
    }

    [Theory]
    [InlineData("telephone conversation")]
    [InlineData("CSTO")]
    [InlineData("Tashkent")]
    [InlineData("video")]
    public void No_incident_comes_from_the_call_the_meeting_the_conference_or_the_video(string words)
    {
        Assert.DoesNotContain(s_result.Incidents, i => i.Evidence.Sentence.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void The_plans_and_analysis_in_the_article_are_reported_as_skipped_with_a_reason()
    {
        Assert.Contains(s_result.Skipped, s => s.Reason == NonIncidentCues.PlanOrThreat && s.Evidence.Sentence.Contains("planning to launch an attack", StringComparison.Ordinal));
        Assert.All(s_result.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }
}
