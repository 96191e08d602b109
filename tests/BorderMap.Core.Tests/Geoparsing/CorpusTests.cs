using BorderMap.Core.Geoparsing;
using Xunit.Abstractions;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>
/// The geoparser over the development corpus (Corpus/snippets.json: snippets written for this test,
/// plus the seed article) and over the held-out snippets written after tuning. Thresholds sit a
/// little below what the extractor reached when they were set, so a regression fails the build;
/// the held-out thresholds are lower because those figures are the honest ones.
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
        Assert.True(Corpus.HeldOut.Count >= 20, $"{Corpus.HeldOut.Count} held-out snippets");
    }

    [Fact]
    public void Extraction_over_the_development_corpus_meets_its_thresholds()
    {
        var score = Run(Corpus.Snippets.Append(Corpus.Seed), "development corpus + seed article");
        Assert.True(score.DetectionPrecision >= 0.95, $"detection precision {score.DetectionPrecision:P1}");
        Assert.True(score.DetectionRecall >= 0.95, $"detection recall {score.DetectionRecall:P1}");
        Assert.True(score.PlaceAccuracy >= 0.93, $"place accuracy {score.PlaceAccuracy:P1}");
        Assert.True(score.DateAccuracy >= 0.95, $"date accuracy {score.DateAccuracy:P1}");
        Assert.True(score.TypeAccuracy >= 0.93, $"type accuracy {score.TypeAccuracy:P1}");
    }

    [Fact]
    public void Extraction_over_the_held_out_snippets_meets_its_thresholds()
    {
        var score = Run(Corpus.HeldOut, "held-out snippets");
        Assert.True(score.DetectionPrecision >= HeldOut.DetectionPrecision, $"detection precision {score.DetectionPrecision:P1}");
        Assert.True(score.DetectionRecall >= HeldOut.DetectionRecall, $"detection recall {score.DetectionRecall:P1}");
        Assert.True(score.PlaceAccuracy >= HeldOut.Place, $"place accuracy {score.PlaceAccuracy:P1}");
        Assert.True(score.DateAccuracy >= HeldOut.Date, $"date accuracy {score.DateAccuracy:P1}");
        Assert.True(score.TypeAccuracy >= HeldOut.Type, $"type accuracy {score.TypeAccuracy:P1}");
    }

    private CorpusScore Run(IEnumerable<CorpusSnippet> snippets, string name)
    {
        var score = new CorpusScore();
        foreach (var snippet in snippets)
            score.Add(snippet, s_extractor.Extract(Corpus.ArticleOf(snippet)), Geodata.Border);
        output.WriteLine(name + ": " + score);
        foreach (var miss in score.Misses) output.WriteLine("  " + miss);
        return score;
    }

    // Set from the one scoring of the held-out snippets (precision 88.9 %, recall 94.1 %, place 87.5 %,
    // date 100 %, type 100 %), a few points lower so that a single new miss does not fail the build.
    private static class HeldOut
    {
        public const double DetectionPrecision = 0.85;
        public const double DetectionRecall = 0.90;
        public const double Place = 0.80;
        public const double Date = 0.90;
        public const double Type = 0.90;
    }
}
