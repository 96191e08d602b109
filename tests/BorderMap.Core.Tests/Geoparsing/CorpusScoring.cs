using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>One expected incident of Corpus/snippets.json.</summary>
public sealed record ExpectedIncident(
    string Date, string TimePrecision, string EventType, string SubEventType, string Country, int GeoPrecision,
    string[]? At, string? Crossing, string? Border, string? Side, int? Fatalities, int? Injured);

public sealed record CorpusSnippet(string Id, string Published, string? Text, string? File, ExpectedIncident[] Incidents);

internal sealed record CorpusDocument(CorpusSnippet Seed, CorpusSnippet[] Snippets, CorpusSnippet[] HeldOut);

/// <summary>The development corpus and how a run over it scores: detection, place, date and type.</summary>
internal static class Corpus
{
    private static readonly Lazy<CorpusDocument> s_document = new(() =>
    {
        var path = Path.Combine(Directory, "snippets.json");
        return JsonSerializer.Deserialize<CorpusDocument>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty");
    });

    public static string Directory => Geodata.Find(Path.Combine("tests", "BorderMap.Core.Tests", "Geoparsing", "Corpus"));

    public static CorpusSnippet Seed => s_document.Value.Seed;
    public static IReadOnlyList<CorpusSnippet> Snippets => s_document.Value.Snippets;

    /// <summary>Snippets written after the extractor was tuned on <see cref="Snippets"/>: the honest estimate.</summary>
    public static IReadOnlyList<CorpusSnippet> HeldOut => s_document.Value.HeldOut;

    public static Article ArticleOf(CorpusSnippet snippet) => new(
        snippet.Text ?? File.ReadAllText(Path.Combine(Directory, snippet.File!)),
        DateOnly.Parse(snippet.Published, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Whether the found incident sits where the annotation says: within 10 km of a named place, or on the right stretch and side of the border.</summary>
    public static bool PlaceIsRight(ExpectedIncident expected, ExtractedIncident found, BorderModel border)
    {
        const double toleranceM = 10_000;
        if (expected.At is { } names)
            return names.Select(PointOf).Any(p => Geodesic.DistanceM(p, found.Location) <= toleranceM);
        if (expected.Crossing is { } id)
        {
            var crossing = border.Crossings.Single(c => c.Id == id);
            return Geodesic.DistanceM(crossing.OnBorder, found.Location) <= toleranceM && found.Border.Side == expected.Side;
        }
        var position = border.Locate(found.Location);
        if (position.DistanceM > toleranceM || position.Side != expected.Side) return false;
        if (expected.Border is null or "*") return true;
        var stretch = new BorderAnchor(border).Facing(expected.Border);
        return stretch is { } s && border.Segments.Where(x => x.FromM >= s.FromM && x.ToM <= s.ToM).Any(x => x.Id == position.Segment.Id);
    }

    public static bool DateIsRight(ExpectedIncident expected, ExtractedIncident found)
    {
        var date = DateOnly.Parse(expected.Date, System.Globalization.CultureInfo.InvariantCulture);
        var days = Math.Abs(found.Date.DayNumber - date.DayNumber);
        return expected.TimePrecision switch
        {
            "day" => days == 0,
            "week" => days <= 6,
            _ => found.Date.Year == date.Year && found.Date.Month == date.Month,
        };
    }

    private static GeoPoint PointOf(string name)
    {
        var gazetteer = Geodata.Gazetteer;
        if (gazetteer.Places.FirstOrDefault(p => p.Name == name) is { } place) return place.Location;
        if (gazetteer.AdminAreas.FirstOrDefault(a => a.Name == name && a.Seat is not null) is { } admin) return admin.Seat!.Value;
        throw new InvalidDataException($"the corpus names '{name}', which is neither a place nor an admin area with a seat in geodata/");
    }
}

/// <summary>Counts over the corpus: detection precision and recall, and accuracies over the incidents found.</summary>
internal sealed class CorpusScore
{
    public int Expected { get; private set; }
    public int Found { get; private set; }
    public int Matched { get; private set; }
    public int PlaceRight { get; private set; }
    public int DateRight { get; private set; }
    public int TypeRight { get; private set; }
    public int SubTypeRight { get; private set; }
    public int PrecisionRight { get; private set; }
    public int CountsGiven { get; private set; }
    public int CountsRight { get; private set; }
    public List<string> Misses { get; } = [];

    public double DetectionPrecision => Found == 0 ? 0 : (double)Matched / Found;
    public double DetectionRecall => Expected == 0 ? 0 : (double)Matched / Expected;
    public double PlaceAccuracy => Ratio(PlaceRight);
    public double DateAccuracy => Ratio(DateRight);
    public double TypeAccuracy => Ratio(TypeRight);
    public double SubTypeAccuracy => Ratio(SubTypeRight);
    public double GeoPrecisionAccuracy => Ratio(PrecisionRight);
    public double CasualtyAccuracy => CountsGiven == 0 ? 1 : (double)CountsRight / CountsGiven;

    private double Ratio(int right) => Matched == 0 ? 0 : (double)right / Matched;

    /// <summary>Pairs each expected incident with the nearest unpaired incident found in the same text.</summary>
    public void Add(CorpusSnippet snippet, GeoparseResult result, BorderModel border)
    {
        Expected += snippet.Incidents.Length;
        Found += result.Incidents.Count;
        var unpaired = result.Incidents.ToList();
        foreach (var expected in snippet.Incidents)
        {
            var found = unpaired.OrderBy(f => Corpus.PlaceIsRight(expected, f, border) ? 0 : 1).ThenBy(f => Corpus.DateIsRight(expected, f) ? 0 : 1).FirstOrDefault();
            if (found is null)
            {
                Misses.Add($"{snippet.Id}: missed {expected.EventType} on {expected.Date}");
                continue;
            }
            unpaired.Remove(found);
            Matched++;
            Score(snippet.Id, expected, found, border);
        }
        foreach (var extra in unpaired) Misses.Add($"{snippet.Id}: false incident {extra.EventType.Code} at {extra.PlaceName} :: {extra.Evidence.Sentence}");
    }

    private void Score(string id, ExpectedIncident expected, ExtractedIncident found, BorderModel border)
    {
        void Check(bool right, Action count, string what)
        {
            if (right) count();
            else Misses.Add($"{id}: wrong {what}");
        }
        Check(Corpus.PlaceIsRight(expected, found, border), () => PlaceRight++, $"place {found.PlaceName} {found.Location} (side {found.Border.Side})");
        Check(Corpus.DateIsRight(expected, found), () => DateRight++, $"date {found.Date:yyyy-MM-dd}/{found.TimePrecision}, expected {expected.Date}");
        Check(found.EventType.Code == expected.EventType, () => TypeRight++, $"type {found.EventType.Code}, expected {expected.EventType}");
        Check(found.SubEventType?.Code == expected.SubEventType, () => SubTypeRight++, $"sub-type {found.SubEventType?.Code}, expected {expected.SubEventType}");
        Check((int)found.GeoPrecision == expected.GeoPrecision, () => PrecisionRight++, $"geo precision {(int)found.GeoPrecision}, expected {expected.GeoPrecision}");
        if (expected.Fatalities is not null || expected.Injured is not null)
        {
            CountsGiven++;
            var right = (expected.Fatalities is null || found.Fatalities == expected.Fatalities) && (expected.Injured is null || found.Injured == expected.Injured);
            Check(right, () => CountsRight++, $"casualties {found.Fatalities}/{found.Injured}, expected {expected.Fatalities}/{expected.Injured}");
        }
    }

    public override string ToString() => string.Join(Environment.NewLine,
        $"expected {Expected}, found {Found}, matched {Matched}",
        $"detection precision {DetectionPrecision:P1}, recall {DetectionRecall:P1}",
        $"place (≤10 km) {PlaceAccuracy:P1}, date {DateAccuracy:P1}, type {TypeAccuracy:P1}, sub-type {SubTypeAccuracy:P1}, geo precision {GeoPrecisionAccuracy:P1}, casualties {CasualtyAccuracy:P1}");
}
