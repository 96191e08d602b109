using BenchmarkDotNet.Attributes;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Geodata;

namespace BorderMap.Bench.Geoparsing;

/// <summary>Extraction alone, one thread: the seed article and 5 KB articles (target ≥ 1,000 documents/s).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IncidentExtractor _extractor = null!;
    private Article _seed = null!;
    private IReadOnlyList<Article> _articles = [];
    private IReadOnlyList<Article> _english = [];
    private IReadOnlyList<Article> _russian = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var geodata = GeodataFiles.Read(Path.Combine(Articles.Root, "geodata"));
        _extractor = new IncidentExtractor(geodata.BuildGazetteer(), geodata.BuildBorder());
        _seed = Articles.Seed();
        _articles = Articles.FiveKilobyte(64);
        _english = Articles.DevSet("en");
        _russian = Articles.DevSet("ru");
        Console.WriteLine($"// dev set: {_english.Count} English articles, mean {_english.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)):0} bytes; "
            + $"{_russian.Count} Russian, mean {_russian.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)):0} bytes");
    }


    [Benchmark(Description = "seed article (5.4 KB)")]
    public GeoparseResult SeedArticle() => _extractor.Extract(_seed);

    /// <summary>A different article each call, so the toponym cache sees what a stream of reports gives it.</summary>
    [Benchmark(Description = "5 KB article from 64 corpus mixes")]
    public GeoparseResult FiveKilobyteArticle() => _extractor.Extract(_articles[_next++ % _articles.Count]);

    /// <summary>5 KB of real reporting (dev-set articles joined), a different document each call.</summary>
    [Benchmark(Description = "5 KB of real English reporting (dev set)")]
    public GeoparseResult RealEnglishArticle() => _extractor.Extract(_english[_next++ % _english.Count]);

    [Benchmark(Description = "5 KB of real Russian reporting (dev set)")]
    public GeoparseResult RealRussianArticle() => _extractor.Extract(_russian[_next++ % _russian.Count]);
}
