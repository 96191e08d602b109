using System.Diagnostics;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Geodata;

namespace BorderMap.Bench.Geoparsing;

/// <summary>
/// Times every sentence of the dev set's real texts on its own (median of 20 runs after warm-up) and
/// prints the slowest: a pattern that backtracks shows up here long before it moves a mean.
/// </summary>
internal static class SlowestSentences
{
    public static void Run()
    {
        var geodata = GeodataFiles.Read(Path.Combine(Articles.Root, "geodata"));
        var extractor = new IncidentExtractor(geodata.BuildGazetteer(), geodata.BuildBorder());
        var timings = new List<(double Microseconds, string Sentence)>();
        foreach (var language in new[] { "en", "ru" })
        {
            foreach (var article in Articles.DevSet(language))
            {
                foreach (var sentence in SentenceSplitter.Split(article.Text))
                {
                    var single = article with { Text = sentence.Text };
                    extractor.Extract(single);
                    var runs = new double[20];
                    for (var i = 0; i < runs.Length; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        extractor.Extract(single);
                        runs[i] = clock.Elapsed.TotalMicroseconds;
                    }
                    Array.Sort(runs);
                    timings.Add((runs[runs.Length / 2], sentence.Text));
                }
            }
        }
        Console.WriteLine($"{timings.Count} sentences, median {timings.Select(t => t.Microseconds).Order().ElementAt(timings.Count / 2):0} µs, total {timings.Sum(t => t.Microseconds) / 1000:0.0} ms");
        foreach (var (us, sentence) in timings.OrderByDescending(t => t.Microseconds).Take(15))
            Console.WriteLine($"{us,9:0} µs  {(sentence.Length > 110 ? sentence[..110] + "…" : sentence)}");
    }

    /// <summary>
    /// Extracts the dev set's 5 KB documents of one language over and over for some seconds, for a
    /// profiler to watch. One warm-up pass fills the toponym cache first; the rate is given per second
    /// of wall time and per second of this process's CPU time, which a busy machine disturbs less.
    /// </summary>
    public static void Loop(string language, int seconds)
    {
        var geodata = GeodataFiles.Read(Path.Combine(Articles.Root, "geodata"));
        var extractor = new IncidentExtractor(geodata.BuildGazetteer(), geodata.BuildBorder());
        var documents = Articles.DevSet(language);
        foreach (var document in documents) extractor.Extract(document);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed.TotalSeconds < seconds) extractor.Extract(documents[count++ % documents.Count]);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{count} documents in {clock.Elapsed.TotalSeconds:0.0} s: {count / clock.Elapsed.TotalSeconds:0} documents/s; "
            + $"{cpu:0.0} s of CPU (GC threads included): {count / cpu:0} documents per CPU second; "
            + $"{(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / count:0} KB allocated per document");
    }
}
