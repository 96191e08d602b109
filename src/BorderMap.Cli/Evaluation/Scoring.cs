using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Cli.Evaluation;

/// <summary>An incident the geoparser reported, reduced to what the scorer compares.</summary>
internal sealed record FoundIncident(DateOnly Date, TimePrecision TimePrecision, string EventType, GeoPoint Location, string Country, GeoPrecision GeoPrecision, string PlaceName);

/// <summary>A gold incident paired with the reported incident that stands for it.</summary>
internal sealed record ScoredPair(GoldIncident Gold, FoundIncident Found, double DistanceM)
{
    /// <summary>Within 10 km of a place (precision 1), 25 km of a district-level place (2); for a province or "the border" (3), on the right side within 150 km.</summary>
    public bool PlaceRight => Gold.GeoPrecision switch
    {
        1 => DistanceM <= 10_000,
        2 => DistanceM <= 25_000,
        _ => DistanceM <= 150_000 && SideRight,
    };

    public bool SideRight => Found.Country == Gold.Side;
    public bool DateRight => Found.Date == Gold.Date;
    public bool TypeRight => Found.EventType == Gold.EventType;
}

/// <summary>How one article came out: pairs, misses and reports that stand for no gold border incident.</summary>
internal sealed record ArticleScore(DevArticle Article, IReadOnlyList<ScoredPair> Pairs, IReadOnlyList<GoldIncident> Missed, IReadOnlyList<FoundIncident> Extra);

/// <summary>
/// Pairs reported incidents with an article's gold border incidents and counts what a user would
/// count: was each border incident found, and where, when and what it was. Pure: no I/O.
/// </summary>
internal static class Scoring
{
    /// <summary>A report stands for a gold incident only within this distance…</summary>
    private const double MaxPairDistanceM = 150_000;

    /// <summary>…and this many days, unless the gold has no date of its own.</summary>
    private const int MaxPairDays = 45;

    public static ArticleScore Score(DevArticle article, IReadOnlyList<FoundIncident> found)
    {
        var gold = article.Incidents.Where(g => g.OnBorder).ToList();
        var candidates = new List<(int G, int F, double Cost, double DistanceM)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var at = new GeoPoint(gold[g].Lon, gold[g].Lat);
            for (var f = 0; f < found.Count; f++)
            {
                var distance = Geodesic.DistanceM(at, found[f].Location);
                var days = Math.Abs(gold[g].Date.DayNumber - found[f].Date.DayNumber);
                if (distance > MaxPairDistanceM || gold[g].DatePrecision != "none" && days > MaxPairDays) continue;
                var cost = distance / 25_000 + days / 7.0 + (found[f].EventType == gold[g].EventType ? 0 : 1);
                candidates.Add((g, f, cost, distance));
            }
        }
        // Greedy on cost: an article holds a handful of incidents, so the optimal assignment is not worth its code.
        var pairs = new List<ScoredPair>();
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        foreach (var c in candidates.OrderBy(c => c.Cost).ThenBy(c => c.G).ThenBy(c => c.F))
        {
            if (usedGold.Contains(c.G) || usedFound.Contains(c.F)) continue;
            usedGold.Add(c.G);
            usedFound.Add(c.F);
            pairs.Add(new ScoredPair(gold[c.G], found[c.F], c.DistanceM));
        }
        return new ArticleScore(article,
            pairs.OrderBy(p => gold.IndexOf(p.Gold)).ToList(),
            gold.Where((_, i) => !usedGold.Contains(i)).ToList(),
            found.Where((_, i) => !usedFound.Contains(i)).ToList());
    }
}

/// <summary>The figures over a group of articles (a language, a part of the set, or all).</summary>
internal sealed record Figures(
    int Articles,
    int Gold,
    int Found,
    int Pairs,
    int PlaceRight,
    int DistrictPairs,
    int DistrictWithin25Km,
    int SideRight,
    int DatedPairs,
    int DateRight,
    int TypeRight)
{
    public double Precision => Ratio(Pairs, Found);
    public double Recall => Ratio(Pairs, Gold);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Figures Of(IReadOnlyCollection<ArticleScore> scores)
    {
        var pairs = scores.SelectMany(s => s.Pairs).ToList();
        var placed = pairs.Where(p => p.Gold.GeoPrecision <= 2).ToList();
        var dated = pairs.Where(p => p.Gold.DatePrecision == "day").ToList();
        return new Figures(
            scores.Count,
            scores.Sum(s => s.Pairs.Count + s.Missed.Count),
            scores.Sum(s => s.Pairs.Count + s.Extra.Count),
            pairs.Count,
            pairs.Count(p => p.PlaceRight),
            placed.Count, placed.Count(p => p.DistanceM <= 25_000),
            pairs.Count(p => p.SideRight),
            dated.Count, dated.Count(p => p.DateRight),
            pairs.Count(p => p.TypeRight));
    }

    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
