using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>Where an incident happened, as the text allows: a point, its precision and what else it might be.</summary>
public sealed record ResolvedPlace(
    string PlaceName,
    GeoPoint Location,
    GeoPrecision Precision,
    string Country,
    string? Admin1,
    string? Admin2,
    double Score,
    IReadOnlyList<PlaceAlternative> Alternatives,
    IReadOnlyList<string> Context)
{
    /// <summary>Placed on "the border" alone, with no place or province named: the weakest placement.</summary>
    public bool IsBareBorder { get; init; }

    /// <summary>A town named like its province, without "city": it may mean the province, so any place of that side may be the same event, and a district wins over it.</summary>
    public bool SharesProvinceName { get; init; }

    /// <summary>How specific the place is for choosing among an event's places: a town that may mean its province counts as a province.</summary>
    public int Specificity => SharesProvinceName ? (int)GeoPrecision.ProvinceOrBorder : (int)Precision;

    /// <summary>Beyond the area of interest (set by the extractor): the event's other places win over it.</summary>
    public bool IsFar { get; init; }
}

/// <summary>The sentence as the place resolver sees it: toponyms with their roles, country cues, and the article around it.</summary>
public sealed record PlaceQuestion(
    string Sentence,
    IReadOnlyList<ToponymMention> Mentions,
    IReadOnlyList<CountryCue> Countries,
    bool CrossBorderFire,
    IReadOnlyList<GeoPoint> ArticlePoints,
    IReadOnlyDictionary<string, int> ArticleCountryVotes,
    Lexicon Lexicon);

/// <summary>
/// Chooses the incident's place among the toponyms of its sentence. The most specific place that
/// the sentence locates the incident in wins; spelling ties across the river are broken by country
/// cues ("Afghanistan's Darwaz"), the side the sentence names, the other places in the article and
/// closeness to the border. A province or "the border" alone puts the incident on the border
/// segments facing it, on the side where it happened.
/// </summary>
public sealed partial class PlaceResolver(BorderAnchor anchor)
{
    public ResolvedPlace? Resolve(PlaceQuestion question)
    {
        var roles = question.Mentions.Select(m => (Mention: m, Role: question.Lexicon.RoleOf(question.Sentence, m))).ToList();
        var side = SideOf(question);
        var located = roles.Where(r => r.Role is MentionRole.Location or MentionRole.Near).ToList();
        if (located.Count == 0) located = roles.Where(r => r.Role == MentionRole.Source).ToList();

        var scored = located
            .Select(r => (r.Mention, r.Role, Ranked: Rank(r.Mention, question, side)))
            .Where(r => r.Ranked.Count > 0)
            .OrderBy(r => Math.Max(r.Ranked[0].Option.Specificity, r.Role == MentionRole.Near ? 2 : 1))
            .ThenBy(r => r.Ranked[0].Option.Specificity)
            .ThenByDescending(r => r.Ranked[0].Score)
            .ToList();
        var origins = roles.Where(r => r.Role == MentionRole.Origin).Select(r => r.Mention).ToList();
        var context = origins.Select(m => Rank(m, question, null).FirstOrDefault().Option?.Name ?? m.Surface).ToList();

        foreach (var (mention, role, ranked) in scored)
        {
            for (var i = 0; i < ranked.Count; i++)
            {
                var alternatives = ranked.Where((_, j) => j != i).Select(r => r.Option)
                    .Concat(scored.Where(s => s.Mention != mention).Select(s => s.Ranked[0].Option))
                    .Where(o => o.Location is not null)
                    .Select(o => new PlaceAlternative(o.Name, o.Country, o.Location!.Value, o.Precision, Math.Round(o.MatchScore, 2)))
                    .Take(5).ToList();
                if (Place(ranked[i].Option, ranked[i].Score, mention.Unit, role, side, alternatives, context) is { } place)
                    return place with { SharesProvinceName = SharesProvinceName(ranked[i].Option, mention, question.Sentence) };
            }
        }

        // Nothing locates the incident itself: the border facing where the fire came from, or the
        // border alone when the sentence says the border or fire crossed it.
        var origin = origins.Select(m => Rank(m, question, null)).FirstOrDefault(r => r.Count > 0);
        var target = Target(question);
        var borderNamed = question.Lexicon.NamesTheBorder(question.Sentence) || question.CrossBorderFire;
        if (origin is { } o && (target is not null || borderNamed))
        {
            var option = o[0].Option;
            var onSide = target ?? side ?? Other(option.Country);
            var stretch = (option.AdminCode is { } code ? anchor.Facing(code) ?? anchor.Facing(code[..5]) : null) ?? anchor.Whole;
            var along = option.Location is { } at ? anchor.NearestAlong(stretch, at) : stretch.MiddleM;
            return OnBorder(along, onSide, o[0].Score, [option.Name]);
        }
        if (borderNamed && (target ?? side) is { } borderSide)
        {
            var along = question.ArticlePoints.Count > 0 ? anchor.NearestAlong(anchor.Whole, question.ArticlePoints[0]) : anchor.Whole.MiddleM;
            return OnBorder(along, borderSide, 0.5, context);
        }
        return null;
    }

    private ResolvedPlace? Place(PlaceOption option, double score, AdminUnit unit, MentionRole role, string? side,
        IReadOnlyList<PlaceAlternative> alternatives, IReadOnlyList<string> context)
    {
        var precision = option.Precision;
        if (unit == AdminUnit.District || role == MentionRole.Near) precision = (GeoPrecision)Math.Max((int)precision, (int)GeoPrecision.District);
        if (unit == AdminUnit.Province) precision = GeoPrecision.ProvinceOrBorder;

        if (option.Kind == PlaceKind.Province || precision == GeoPrecision.ProvinceOrBorder)
        {
            var stretch = option.AdminCode is { } code ? anchor.Facing(code) : null;
            if (stretch is null)
                return option.Location is { } seat ? Resolved(option, seat, GeoPrecision.ProvinceOrBorder, score, alternatives, context) : null;
            var onSide = side ?? option.Country;
            var point = anchor.PointOnSide(stretch.Value.MiddleM, onSide);
            return new ResolvedPlace(option.Name, point, GeoPrecision.ProvinceOrBorder, onSide, option.Kind == PlaceKind.Province ? option.Name : option.Admin1,
                null, score, alternatives, context);
        }
        if (option.Location is { } location) return Resolved(option, location, precision, score, alternatives, context);
        if (option.AdminCode is { } districtCode && anchor.Facing(districtCode) is { } facing)
        {
            var point = anchor.PointOnSide(facing.MiddleM, option.Country);
            return Resolved(option, point, GeoPrecision.District, score, alternatives, context);
        }
        // A district with no point of its own, away from the line (Badakhshan's Tagab): known to be in
        // its province, so there, at precision 3, rather than at a namesake elsewhere (Tagob near Dushanbe).
        if (option.Kind == PlaceKind.District && option.AdminCode is { Length: > 5 } inProvince && anchor.Facing(inProvince[..5]) is { } province)
        {
            var point = anchor.PointOnSide(province.MiddleM, option.Country);
            return Resolved(option, point, GeoPrecision.ProvinceOrBorder, score, alternatives, context);
        }
        return null;
    }

    private static ResolvedPlace Resolved(PlaceOption option, GeoPoint point, GeoPrecision precision, double score,
        IReadOnlyList<PlaceAlternative> alternatives, IReadOnlyList<string> context) =>
        new(option.Name, point, precision, option.Country, option.Admin1, option.Admin2, score, alternatives, context);

    private ResolvedPlace OnBorder(double along, string side, double score, IReadOnlyList<string> context)
    {
        var point = anchor.PointOnSide(along, side);
        var segment = anchor.SegmentAt(point);
        var name = side == Countries.Tajikistan ? "Tajik–Afghan border (Tajik side)" : "Tajik–Afghan border (Afghan side)";
        return new ResolvedPlace(name, point, GeoPrecision.ProvinceOrBorder, side, null,
            side == Countries.Tajikistan ? segment.TjAdmin2Name : segment.AfAdmin2Name, score, [], context) { IsBareBorder = context.Count == 0 };
    }

    /// <summary>The options of a toponym, best first, each with its score in this sentence and article.</summary>
    private static List<(PlaceOption Option, double Score)> Rank(ToponymMention mention, PlaceQuestion question, string? side)
    {
        var qualifier = MentionRoles.QualifierOf(mention, question.Countries);
        var votes = question.ArticleCountryVotes;
        var totalVotes = Math.Max(1, votes.Values.Sum());
        var ranked = new List<(PlaceOption, double)>(mention.Options.Count);
        for (var i = 0; i < mention.Options.Count; i++)
        {
            var option = mention.Options[i];
            if (option.IsCapital) continue;
            var score = option.MatchScore;
            if (qualifier is not null) score += qualifier == option.Country ? 0.8 : -0.8;
            else if (side is not null) score += side == option.Country ? 0.3 : -0.3;
            score += 0.15 * (votes.GetValueOrDefault(option.Country) - votes.GetValueOrDefault(Other(option.Country))) / totalVotes;
            score -= 0.3 * Math.Min(option.BorderDistanceM ?? 300_000, 300_000) / 300_000;
            if (option.Location is { } at && question.ArticlePoints.Count > 0)
            {
                // Only other toponyms count: a place is not made likelier by its own mention.
                var nearest = NearestOtherPoint(question.ArticlePoints, mention, at);
                score -= 0.2 * Math.Min(nearest, 500_000) / 500_000;
            }
            // "the Baharak district of Badakhshan", "Faizabad, Badakhshan": the province that follows tells which of two namesakes.
            if (ProvinceAfter(mention, question) is { } province)
                score += option.Admin1 is { } admin1 && VariantFolder.MatchKey(admin1).Contains(VariantFolder.MatchKey(province.Name), StringComparison.Ordinal)
                    || option.Kind == PlaceKind.Province && option.Id == province.Id ? 0.5
                    : option.Country == province.Country ? 0.1 : -0.5;
            score += (mention.Unit, option.Kind) switch
            {
                (AdminUnit.District, PlaceKind.District) => 0.3,
                // "Badakhshan province" is the province called Badakhshan, not Gorno-Badakhshan.
                (AdminUnit.Province, PlaceKind.Province) => SameName(option, mention) ? 0.3 : 0.1,
                (AdminUnit.District, PlaceKind.Place) => 0.1,
                (AdminUnit.None, PlaceKind.Place or PlaceKind.Crossing) => 0.1,
                _ => 0,
            };
            ranked.Add((option, score));
        }
        // Best score first; equal scores keep the gazetteer's order (a stable sort, as OrderBy would be).
        if (ranked.Count > 1) ranked = [.. ranked.OrderByDescending(r => r.Item2)];
        return ranked;
    }

    private static bool SameName(PlaceOption option, ToponymMention mention) =>
        VariantFolder.MatchKey(AdminUnitWords.Strip(option.Name).Name) == VariantFolder.MatchKey(AdminUnitWords.Strip(mention.Surface).Name);

    /// <summary>The side the sentence says the incident happened on: where fire went, else who acted.</summary>
    private static string? SideOf(PlaceQuestion question)
    {
        if (Target(question) is { } target) return target;
        var origin = question.Countries.FirstOrDefault(c => c.Kind == CountryCueKind.Origin);
        if (origin is not null) return Other(origin.Country);
        return question.Countries.FirstOrDefault(c => c.Kind == CountryCueKind.Actor)?.Country;
    }

    private static string? Target(PlaceQuestion question) =>
        question.Countries.FirstOrDefault(c => c.Kind == CountryCueKind.Target)?.Country;

    /// <summary>"in Kunduz" without "city": the town, or the province named after it, as Afghan reports often mean.</summary>
    private static bool SharesProvinceName(PlaceOption option, ToponymMention mention, string sentence) =>
        mention.Unit == AdminUnit.None && option.Kind == PlaceKind.Place
        && mention.Options.Any(o => o.Kind == PlaceKind.Province && o.Country == option.Country && o.Name == option.Name)
        && !CityWord().IsMatch(Around(sentence, mention));

    /// <summary>A province named right after the toponym ("… district of Badakhshan", "…, Takhar province").</summary>
    private static PlaceOption? ProvinceAfter(ToponymMention mention, PlaceQuestion question)
    {
        foreach (var other in question.Mentions)
        {
            if (other.Start < mention.End || other.Start - mention.End > 40) continue;
            var province = other.Options.FirstOrDefault(o => o.Kind == PlaceKind.Province);
            if (province is null || other.Unit == AdminUnit.District) continue;
            var between = question.Sentence[mention.End..other.Start];
            if (ProvinceJoiner().IsMatch(between)) return province;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s+(district|districts|area|village|town|city|province|район\w*|уезд\w*|кишлак\w*|сел\w*))?\s*(,|\bof\b|\bin\b|\bпровинции\b|\bобласти\b|\bв\b)\s*(the\s+)?(northern\s+|north-eastern\s+|northeastern\s+|southern\s+|afghan\s+|tajik\s+|северн\w+\s+|афганск\w+\s+)?(province\s+of\s+|провинции\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProvinceJoiner();

    private static string Around(string sentence, ToponymMention mention) =>
        sentence[Math.Max(0, mention.Start - 12)..Math.Min(sentence.Length, mention.End + 8)];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(city|town|город\w*|центр\w*|capital|столиц\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CityWord();

    // A loop, not LINQ: this runs for every option of every toponym of every mention.
    private static double NearestOtherPoint(IReadOnlyList<GeoPoint> points, ToponymMention mention, GeoPoint at)
    {
        // Index loops: these are interfaces, and a foreach over one allocates an enumerator each time.
        var nearest = 500_000.0;
        var options = mention.Options;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var own = false;
            for (var j = 0; j < options.Count; j++)
            {
                if (options[j].Location == p) { own = true; break; }
            }
            if (!own) nearest = Math.Min(nearest, RoughDistanceM(p, at));
        }
        return nearest;
    }

    // Ranking needs only "nearer or farther", at border scales: an equirectangular distance is enough and far cheaper than Vincenty.
    private static double RoughDistanceM(GeoPoint a, GeoPoint b)
    {
        var x = (b.Lon - a.Lon) * Math.Cos((a.Lat + b.Lat) * Math.PI / 360);
        var y = b.Lat - a.Lat;
        return Math.Sqrt(x * x + y * y) * 111_320;
    }

    private static string Other(string country) => country == Countries.Tajikistan ? Countries.Afghanistan : Countries.Tajikistan;
}
