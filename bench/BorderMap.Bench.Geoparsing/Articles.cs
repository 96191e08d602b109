using System.Text;
using System.Text.Json;
using BorderMap.Core.Geoparsing;

namespace BorderMap.Bench.Geoparsing;

/// <summary>
/// The texts the benchmarks parse: the seed article (5.4 KB, a real text) and 5 KB articles built by
/// joining the test corpus's snippets, which were written for the tests and are not real reports.
/// </summary>
internal static class Articles
{
    public static string Root { get; } = FindRoot();

    public static Article Seed() => new(
        File.ReadAllText(Path.Combine(CorpusDirectory, "seed-aopnews-2022-05-13.txt")), new DateOnly(2022, 5, 13));

    /// <summary><paramref name="count"/> different articles of about 5 KB, each a run of corpus snippets.</summary>
    public static IReadOnlyList<Article> FiveKilobyte(int count)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, "snippets.json")));
        var texts = json.RootElement.GetProperty("snippets").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        var articles = new List<Article>(count);
        for (var a = 0; a < count; a++)
        {
            var text = new StringBuilder();
            for (var i = a; text.Length < 5_000; i += 7) text.Append(texts[i % texts.Length]).Append('\n');
            articles.Add(new Article(text.ToString(), new DateOnly(2024, 11, 29)));
        }
        return articles;
    }

    private static string CorpusDirectory => Path.Combine(Root, "tests", "BorderMap.Core.Tests", "Geoparsing", "Corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln"))) return dir.FullName;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("run the benchmarks from the BorderMap checkout");
    }
}
