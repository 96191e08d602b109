using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Gazetteer;

/// <summary>A place or admin area that a name may refer to, ranked, with why it matched.</summary>
public sealed record GazetteerCandidate(
    string Id,
    string Type,
    string Name,
    string MatchedName,
    MatchKind Match,
    double Score,
    string? FeatureCode,
    string Country,
    string? Admin1Name,
    string? Admin2Name,
    GeoPoint? Location,
    long Population,
    double? BorderDistanceM,
    double? DistanceM);

/// <summary>
/// Every name of every place and admin area near the border, searchable in any spelling. Built
/// once from the geodata; immutable and safe for concurrent lookups.
/// </summary>
public sealed class PlaceGazetteer
{
    private readonly Dictionary<string, Place> _places;
    private readonly Dictionary<string, AdminArea> _admins;
    private readonly Dictionary<string, Crossing> _crossings;
    private readonly Dictionary<string, double?> _borderDistances;

    public PlaceGazetteer(IReadOnlyList<Place> places, IReadOnlyList<AdminArea> adminAreas, IReadOnlyList<Crossing> crossings,
        IReadOnlyList<GazetteerName> names, IReadOnlyDictionary<string, double?> borderDistances)
    {
        _places = places.ToDictionary(p => p.IndexId, StringComparer.Ordinal);
        _admins = adminAreas.ToDictionary(a => a.IndexId, StringComparer.Ordinal);
        _crossings = crossings.ToDictionary(c => IndexIds.ForCrossing(c.Id), StringComparer.Ordinal);
        _borderDistances = new Dictionary<string, double?>(borderDistances, StringComparer.Ordinal);
        Index = new NameIndex(names
            .Where(n => _places.ContainsKey(n.IndexId) || _admins.ContainsKey(n.IndexId) || _crossings.ContainsKey(n.IndexId))
            .SelectMany(IndexNames));
        Places = places;
        AdminAreas = adminAreas;
    }

    /// <summary>
    /// Admin units are also indexed without their unit word ("Nohiyai Panj" as "Panj"), because
    /// queries are stripped the same way before lookup.
    /// </summary>
    private IEnumerable<PlaceName> IndexNames(GazetteerName name)
    {
        yield return new PlaceName(name.IndexId, name.Name, name.Kind);
        if (!_admins.ContainsKey(name.IndexId)) yield break;
        var stripped = AdminUnitWords.Strip(name.Name);
        if (stripped.Unit != AdminUnit.None && stripped.Name.Length > 0)
            yield return new PlaceName(name.IndexId, stripped.Name, name.Kind);
    }

    public NameIndex Index { get; }
    public IReadOnlyList<Place> Places { get; }
    public IReadOnlyList<AdminArea> AdminAreas { get; }

    /// <summary>Geodesic metres from an entry (place or admin area seat) to the border line, as the geodata build measured it; null when unknown.</summary>
    public double? BorderDistanceOf(string indexId) => _borderDistances.GetValueOrDefault(indexId);

    public Place? FindPlace(long id) => _places.GetValueOrDefault(IndexIds.ForPlace(id));
    public AdminArea? FindAdminArea(string code) => _admins.GetValueOrDefault(IndexIds.ForAdminArea(code));

    /// <summary>
    /// Candidates for <paramref name="query"/>, best first. "X district" prefers districts and
    /// "X province" provinces; with <paramref name="near"/> equal scores go to the closer one.
    /// </summary>
    public IReadOnlyList<GazetteerCandidate> Search(string query, string? country = null, GeoPoint? near = null, int limit = 10)
    {
        var stripped = AdminUnitWords.Strip(query);
        var name = stripped.Name.Length > 0 ? stripped.Name : query;
        var candidates = new List<GazetteerCandidate>();
        foreach (var found in Index.Lookup(name, maxCandidates: Math.Max(limit * 4, 20)))
        {
            var candidate = Describe(found, near);
            if (candidate is null || (country is not null && candidate.Country != country && candidate.Type != "crossing")) continue;
            candidates.Add(candidate with { Score = Adjust(candidate, stripped.Unit) });
        }

        return candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.DistanceM ?? double.MaxValue)
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private GazetteerCandidate? Describe(PlaceCandidate found, GeoPoint? near)
    {
        var border = _borderDistances.GetValueOrDefault(found.PlaceId);
        if (_places.TryGetValue(found.PlaceId, out var place))
        {
            return new GazetteerCandidate(found.PlaceId, "place", place.Name, found.Match.MatchedName, found.Match.Kind, found.Match.Score,
                place.FeatureCode, place.Country, place.Admin1Name, place.Admin2Name, place.Location, place.Population, border,
                near is { } n ? Geodesic.DistanceM(n, place.Location) : null);
        }
        if (_admins.TryGetValue(found.PlaceId, out var admin))
        {
            var province = admin.Level == 1 ? admin : FindAdminArea(admin.Admin1Code);
            return new GazetteerCandidate(found.PlaceId, admin.Level == 1 ? "province" : "district", admin.Name, found.Match.MatchedName,
                found.Match.Kind, found.Match.Score, admin.Level == 1 ? "ADM1" : "ADM2", admin.Country, province?.Name,
                admin.Level == 2 ? admin.Name : null, admin.Seat, 0, border,
                near is { } n && admin.Seat is { } seat ? Geodesic.DistanceM(n, seat) : null);
        }
        if (_crossings.TryGetValue(found.PlaceId, out var crossing))
        {
            // A crossing belongs to both banks; the text's cues decide the side, not the gazetteer.
            return new GazetteerCandidate(found.PlaceId, "crossing", crossing.Name, found.Match.MatchedName, found.Match.Kind, found.Match.Score,
                "CROSSING", "TJ-AF", null, null, crossing.OnBorder, 0, 0, near is { } n ? Geodesic.DistanceM(n, crossing.OnBorder) : null);
        }
        return null;
    }

    public Crossing? FindCrossing(string id) => _crossings.GetValueOrDefault(IndexIds.ForCrossing(id));

    /// <summary>
    /// Match quality decides; two priors settle what the spelling cannot. A bare name means the
    /// town rather than the unit named after it, while "district"/"province" in the query means the
    /// unit. And BorderMap's users mean the border: among equal spellings (GeoNames gives "Pyandzh"
    /// to two towns) the one nearer the line wins, by at most 0.03 at the line itself.
    /// </summary>
    private static double Adjust(GazetteerCandidate candidate, AdminUnit unit)
    {
        var unitPrior = unit switch
        {
            AdminUnit.District when candidate.Type == "district" => 0.02,
            AdminUnit.Province when candidate.Type == "province" => 0.02,
            AdminUnit.None when candidate.Type is "place" or "crossing" => 0.015,
            _ => 0.0,
        };
        var borderKm = Math.Min((candidate.BorderDistanceM ?? BorderPriorKm * 1000) / 1000, BorderPriorKm);
        return candidate.Score + unitPrior + 0.03 * (1 - borderKm / BorderPriorKm);
    }

    private const double BorderPriorKm = 150;
}
