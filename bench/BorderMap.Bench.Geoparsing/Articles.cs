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

    /// <summary>
    /// About 5 KB of real reporting in one language: the development set's cached texts
    /// (bench/geoparse/devset; the texts are kept out of git, in ~/.cache/bordermap/articles) joined
    /// in id order until each document holds at least 5,000 bytes of UTF-8. The stored texts are
    /// the first ~2 KB of each article, so a document is two to four real article openings.
    /// </summary>
    public static IReadOnlyList<Article> DevSet(string language)
    {
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bordermap", "articles");
        var texts = new List<(string Text, DateOnly Published)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "bench", "geoparse", "devset"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var a in json.RootElement.EnumerateArray())
            {
                var path = Path.Combine(cache, a.GetProperty("textSha256").GetString() + ".txt");
                if (a.GetProperty("language").GetString() != language || !File.Exists(path)) continue;
                texts.Add((File.ReadAllText(path), DateOnly.Parse(a.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        if (texts.Count == 0) throw new InvalidOperationException($"no cached dev-set texts in {cache}: see bench/geoparse/devset/README.md");

        var articles = new List<Article>();
        var document = new StringBuilder();
        foreach (var (text, published) in texts)
        {
            document.Append(text).Append("\n\n");
            if (Encoding.UTF8.GetByteCount(document.ToString()) < 5_000) continue;
            articles.Add(new Article(document.ToString(), published));
            document.Clear();
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
