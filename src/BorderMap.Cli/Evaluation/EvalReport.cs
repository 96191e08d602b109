using System.Globalization;

namespace BorderMap.Cli.Evaluation;

/// <summary>Prints the scorer's figures as a table by language, and one article's differences.</summary>
internal static class EvalReport
{
    /// <summary>A Markdown table, so a run pastes straight into bench/RESULTS.md.</summary>
    public static void WriteFigures(string title, IReadOnlyList<ArticleScore> scores)
    {
        Console.WriteLine();
        Console.WriteLine($"{title}:");
        Console.WriteLine();
        Console.WriteLine("| language | articles | gold | found | P | R | F1 | place right | district-level ≤ 25 km | side | day exact | type |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (label, group) in new[] { ("en", "en"), ("ru", "ru"), ("all", null as string) })
        {
            var f = Figures.Of(scores.Where(s => group is null || s.Article.Language == group).ToList());
            Console.WriteLine($"| {label} | {N(f.Articles)} | {N(f.Gold)} | {N(f.Found)} | {P(f.Precision)} | {P(f.Recall)} | "
                + $"{f.F1.ToString("0.00", CultureInfo.InvariantCulture)} | {Of(f.PlaceRight, f.Pairs)} | {Of(f.DistrictWithin25Km, f.DistrictPairs)} | "
                + $"{Of(f.SideRight, f.Pairs)} | {Of(f.DateRight, f.DatedPairs)} | {Of(f.TypeRight, f.Pairs)} |");
        }
        Console.WriteLine();
    }

    public static void WriteDiff(ArticleScore score)
    {
        var a = score.Article;
        var wrong = score.Pairs.Where(p => !(p.PlaceRight && p.SideRight && p.TypeRight && (p.Gold.DatePrecision != "day" || p.DateRight))).ToList();
        if (score.Missed.Count == 0 && score.Extra.Count == 0 && wrong.Count == 0) return;
        Console.WriteLine($"{a.Id} {a.Language} {a.Published:yyyy-MM-dd} {a.Outlet}: {a.Title}");
        foreach (var g in score.Missed)
            Console.WriteLine($"  missed {g.Date:yyyy-MM-dd}/{g.DatePrecision} {g.EventType} at {g.PlaceAsPrinted} (p{g.GeoPrecision}, {g.Side})");
        foreach (var f in score.Extra)
            Console.WriteLine($"  extra  {f.Date:yyyy-MM-dd}/{f.TimePrecision} {f.EventType} at {f.PlaceName} (p{(int)f.GeoPrecision}, {f.Country})");
        foreach (var p in wrong)
        {
            var what = new List<string>();
            if (!p.PlaceRight) what.Add($"place {p.Found.PlaceName} {p.DistanceM / 1000:0} km from {p.Gold.PlaceAsPrinted} (p{p.Gold.GeoPrecision})");
            if (!p.SideRight) what.Add($"side {p.Found.Country} not {p.Gold.Side}");
            if (p.Gold.DatePrecision == "day" && !p.DateRight) what.Add($"date {p.Found.Date:yyyy-MM-dd} not {p.Gold.Date:yyyy-MM-dd}");
            if (!p.TypeRight) what.Add($"type {p.Found.EventType} not {p.Gold.EventType}");
            Console.WriteLine($"  wrong  {string.Join("; ", what)}");
        }
    }

    public static void WriteTrace(BorderMap.Core.Geoparsing.GeoparseTrace trace)
    {
        Console.WriteLine($"read as {trace.Result.Language}");
        foreach (var m in trace.Mentions)
        {
            Console.WriteLine($"  mention s{m.Index}: [{string.Join(", ", m.Triggers.Select(t => t.Trigger.Name))}] date {m.Date?.Date:yyyy-MM-dd}/{m.Date?.Precision} "
                + $"place {m.Place?.PlaceName} p{(int?)m.Place?.Precision} {m.Place?.Country} :: {Short(m.Sentence.Text)}");
            if (m.Toponyms.Count > 0)
                Console.WriteLine($"      toponyms: {string.Join("; ", m.Toponyms.Select(t => $"{t.Surface} → {string.Join("/", t.Options.Take(3).Select(o => $"{o.Name} {o.Kind} {o.Country}"))}"))}");
        }
        foreach (var e in trace.Events)
            Console.WriteLine($"  event: s{string.Join(",s", e.Mentions.Select(m => m.Index))} → {e.Place?.PlaceName} {e.Date?.Date:yyyy-MM-dd}");
        foreach (var s in trace.Result.Skipped) Console.WriteLine($"  skipped ({s.Reason}): {Short(s.Evidence.Sentence)}");
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..157] + "…";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double ratio) => (100 * ratio).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Of(int part, int whole) => whole == 0 ? "–" : $"{P(Figures.Ratio(part, whole))} ({part}/{whole})";
}
