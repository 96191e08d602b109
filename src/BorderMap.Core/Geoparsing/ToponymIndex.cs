using System.Collections.Concurrent;
using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Finds toponyms in a sentence: runs of capitalised words (with izafet and "wa" connectors, and a
/// following "district"/"province") whose match key names a gazetteer place, admin area or crossing.
/// Only exact and variant matches count; a fuzzy resemblance is how "Moscow" would become the
/// Tajik village of Moskva. Built once; safe for concurrent use.
/// </summary>
public sealed class ToponymIndex
{
    private const int MaxWords = 5;
    private const int CacheLimit = 200_000;

    /// <summary>Beyond this distance from the border a place is only matched by a recorded spelling, never by a folded key.</summary>
    private const double FarM = 150_000;

    private const double ExactEnough = 0.9;

    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal) { "e", "i", "ye", "wa", "al", "ul", "-e" };
    private static readonly HashSet<string> s_unitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "district", "districts", "province", "provinces", "region", "oblast", "rayon", "viloyat", "woluswali", "wilayat",
        "район", "района", "районе", "району", "районом", "область", "области", "областью", "провинция", "провинции", "провинцию",
        "уезд", "уезда", "уезде", "уездом", "округ", "округа", "округе",
    };

    // Capitalised English words whose match key collides with a place ("Soviet" folds to Sovet).
    private static readonly HashSet<string> s_notToponyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Soviet", "Soviets", "Moscow", "Russian", "Russia", "Islamic", "State", "Tajik", "Tajiks", "Afghan", "Afghans", "Taliban", "Border",
        "Guards", "President", "Minister", "Ministry", "May", "March", "Interior", "Defence", "Defense", "Service", "Committee", "National",
        "Россия", "России", "Москва", "Москвы", "Москве", "Таджикистан", "Таджикистана", "Таджикистане", "Афганистан", "Афганистана",
        "Афганистане", "Талибан", "ГКНБ", "СНГ", "ОДКБ", "ООН", "Пограничных", "Главного", "Государственного",
        // Islamic State's "Khorasan Province" is not the Tajik district of Khuroson.
        "Khorasan", "Khurasan", "Khorassan", "Хорасан", "Хорасана",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_connectorSpans = s_connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_unitWordSpans = s_unitWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notToponymSpans = s_notToponyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PlaceGazetteer _gazetteer;
    private readonly Dictionary<string, PlaceOption> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PlaceOption>> _extraByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlaceOption[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlaceOption[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    public ToponymIndex(PlaceGazetteer gazetteer, BorderAnchor anchor)
    {
        _gazetteer = gazetteer;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        var border = anchor.Border;
        foreach (var place in gazetteer.Places)
        {
            _byId[place.IndexId] = new PlaceOption(place.IndexId, place.Name, PlaceKind.Place, place.Country, place.Admin1Name, place.Admin2Name,
                place.Admin2Code ?? place.Admin1Code, place.Location, gazetteer.BorderDistanceOf(place.IndexId) ?? border.Locate(place.Location).DistanceM, 0,
                place.FeatureCode == "PPLC");
        }
        foreach (var admin in gazetteer.AdminAreas)
        {
            var province = admin.Level == 1 ? admin : gazetteer.FindAdminArea(admin.Admin1Code);
            var option = new PlaceOption(admin.IndexId, admin.Name, admin.Level == 1 ? PlaceKind.Province : PlaceKind.District, admin.Country,
                province?.Name, admin.Level == 2 ? admin.Name : null, admin.Code, admin.Seat,
                admin.Seat is { } seat ? border.Locate(seat).DistanceM : null, 0, false);
            _byId[admin.IndexId] = option;
            foreach (var name in admin.AlternateNames.Prepend(admin.Name))
            {
                foreach (var shortName in ShortForms(name)) AddExtra(shortName, option);
            }
        }
        foreach (var crossing in border.Crossings)
        {
            var along = anchor.NearestAlong(anchor.Whole, crossing.OnBorder);
            AddCrossingSide(crossing, crossing.TjSide, Countries.Tajikistan, anchor.PointOnSide(along, Countries.Tajikistan));
            AddCrossingSide(crossing, crossing.AfSide, Countries.Afghanistan, anchor.PointOnSide(along, Countries.Afghanistan));
        }
    }

    /// <summary>Every toponym in the sentence, left to right, longest match first.</summary>
    public List<ToponymMention> Find(string sentence, ReadOnlySpan<Token> tokens)
    {
        var mentions = new List<ToponymMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || s_notToponymSpans.Contains(tokens[i].Span)) continue;
            var found = Longest(sentence, tokens, i);
            if (found is null) continue;
            // "Orzu Sodiqov", "Sodiqov Orzu": a given name beside a surname is a person, not a village.
            if (BesideSurname(tokens, found.FirstToken, found.LastToken)) { i = found.LastToken; continue; }
            mentions.Add(found);
            i = found.LastToken;
        }
        return mentions;
    }

    // "Police chief Ahmad Shah Khan", "Mullah Kunduzi": a name after a given name or a title is a person's.
    private static bool BesideSurname(ReadOnlySpan<Token> tokens, int first, int last) =>
        last + 1 < tokens.Length && tokens[last + 1].IsCapitalized && IsSurname(tokens[last + 1].Span)
        || first > 0 && tokens[first - 1].IsCapitalized && (IsSurname(tokens[first - 1].Span) || s_givenNameSpans.Contains(tokens[first - 1].Span));

    private static bool IsSurname(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4) return false;
        foreach (var ending in s_surnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> s_givenNames = new(
        ["Ahmad", "Ahmed", "Mohammad", "Muhammad", "Mohammed", "Mohammadullah", "Abdul", "Abdullah", "Mullah", "Mulla", "Haji", "Hajji", "Qari",
         "Mawlawi", "Maulvi", "Mawlavi", "Sayed", "Sayyid", "Syed", "Sheikh", "Mr", "Mrs", "Dr", "Gen", "General", "Col", "Colonel"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_givenNameSpans = s_givenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_surnameEndings = ["ov", "ova", "ev", "eva", "yev", "yeva", "zoda", "zade", "zod", "ovich", "evich", "ов", "ова", "ев", "ева", "зода", "ович", "евич"];

    private ToponymMention? Longest(string sentence, ReadOnlySpan<Token> tokens, int first)
    {
        var limit = Math.Min(tokens.Length, first + MaxWords);
        for (var last = limit - 1; last >= first; last--)
        {
            if (!tokens[last].IsCapitalized || !AllNameWords(tokens, first, last)) continue;
            if (last + 1 < tokens.Length && tokens[last + 1].Span.Equals("river", StringComparison.OrdinalIgnoreCase)) return null;

            var start = tokens[first].Start;
            var hasUnit = last + 1 < tokens.Length && s_unitWordSpans.Contains(tokens[last + 1].Span);
            if (hasUnit)
            {
                var withUnit = sentence[start..tokens[last + 1].End];
                var options = Lookup(withUnit);
                if (options.Length > 0)
                    return new ToponymMention(start, tokens[last + 1].End, withUnit, AdminUnitWords.Strip(withUnit).Unit, options, first, last + 1);
            }
            // Most windows name nothing: look them up as spans, and make a string only of a name found.
            var plain = Lookup(sentence.AsSpan(start, tokens[last].End - start));
            if (plain.Length > 0)
            {
                var surface = sentence[start..tokens[last].End];
                var unit = hasUnit ? AdminUnitWords.Strip(sentence[start..tokens[last + 1].End]).Unit : AdminUnit.None;
                var end = hasUnit ? tokens[last + 1].End : tokens[last].End;
                return new ToponymMention(start, end, surface, unit, plain, first, hasUnit ? last + 1 : last);
            }
        }
        return null;
    }

    private static bool AllNameWords(ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsCapitalized && !s_connectorSpans.Contains(tokens[i].Span)) return false;
        }
        return true;
    }

    /// <summary>The entries a surface form names, best spelling first; cached, because wire reports repeat their names.</summary>
    public PlaceOption[] Lookup(ReadOnlySpan<char> surface) =>
        _cacheBySpan.TryGetValue(surface, out var cached) ? cached : Lookup(surface.ToString());

    public PlaceOption[] Lookup(string surface)
    {
        if (_cache.TryGetValue(surface, out var cached)) return cached;
        var options = Resolve(surface);
        if (_cache.Count < CacheLimit) _cache.TryAdd(surface, options);
        return options;
    }

    private PlaceOption[] Resolve(string surface)
    {
        var options = ResolveForm(surface);
        if (options.Length > 0) return options;
        // A Russian text declines its names: try the nominatives the form may come from. And Russian
        // writes х where Tajik writes ҳ (Хамадони/Hamadoni, Шохин/Shohin), which English copies as kh.
        foreach (var candidate in RussianNameForms.Candidates(surface).Prepend(surface))
        {
            options = candidate == surface ? [] : ResolveForm(candidate);
            if (options.Length == 0 && WithSoftH(candidate) is { } soft) options = ResolveForm(soft);
            if (options.Length > 0) return options;
        }
        return options;
    }

    private PlaceOption[] ResolveForm(string surface)
    {
        var stripped = AdminUnitWords.Strip(surface);
        var key = VariantFolder.MatchKey(surface);
        var strippedKey = stripped.Unit == AdminUnit.None ? key : VariantFolder.MatchKey(stripped.Name);
        var ids = strippedKey == key ? _gazetteer.Index.PlacesWithKey(key) : _gazetteer.Index.PlacesWithKey(key).Concat(_gazetteer.Index.PlacesWithKey(strippedKey)).Distinct().ToList();
        _extraByKey.TryGetValue(strippedKey, out var extras);
        if (ids.Count == 0 && extras is null) return [];

        var scores = ids.Count > 0
            ? _gazetteer.Index.Lookup(surface, maxCandidates: 20).ToDictionary(c => c.PlaceId, c => c.Match.Score, StringComparer.Ordinal)
            : [];
        var normalized = NameNormalizer.Normalize(stripped.Name);
        var options = new Dictionary<string, PlaceOption>(StringComparer.Ordinal);
        // "Нуристан" is Nuristan letter for letter: exact enough to be known for the far place it is.
        var latin = Transliterator.ContainsCyrillic(normalized) ? Transliterator.ToLatin(normalized) : null;
        foreach (var id in ids)
        {
            if (!_byId.TryGetValue(id, out var option)) continue;
            var score = scores.GetValueOrDefault(id, 0.8);
            if (latin is not null && (option.BorderDistanceM ?? 0) > FarM && latin == NameNormalizer.Normalize(AdminUnitWords.Strip(option.Name).Name)) score = Math.Max(score, ExactEnough);
            options[id] = option with { MatchScore = score };
        }
        foreach (var extra in extras ?? [])
        {
            var score = NameNormalizer.Normalize(AdminUnitWords.Strip(extra.Name).Name) == normalized ? 0.95 : 0.8;
            if (!options.TryGetValue(extra.Id, out var existing) || existing.MatchScore < score) options[extra.Id] = extra with { MatchScore = score };
        }
        // A far place must be named as it is spelt: "Road" only folds to Riyadh's key, and one such
        // resemblance would put a border incident in Arabia.
        return options.Values.Where(o => o.MatchScore >= ExactEnough || (o.BorderDistanceM ?? 0) <= FarM)
            .OrderByDescending(o => o.MatchScore).ThenBy(o => o.Id, StringComparer.Ordinal).ToArray();
    }

    private static string? WithSoftH(string name)
    {
        var soft = name.Replace("kh", "h", StringComparison.Ordinal).Replace("Kh", "H", StringComparison.Ordinal)
            .Replace('х', 'ҳ').Replace('Х', 'Ҳ');
        return soft == name ? null : soft;
    }

    private void AddExtra(string name, PlaceOption option)
    {
        var key = VariantFolder.MatchKey(name);
        if (key.Length < 3) return;
        if (!_extraByKey.TryGetValue(key, out var list)) _extraByKey[key] = list = [];
        if (!list.Any(o => o.Id == option.Id)) list.Add(option);
    }

    private void AddCrossingSide(Crossing crossing, string? side, string country, GeoPoint point)
    {
        if (side is null) return;
        var name = side.Split('(')[0].Split(" near ")[0].Trim();
        foreach (var suffix in new[] { " area", " bridge", " checkpoint", " district" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) name = name[..^suffix.Length];
        }
        // Skip names a town or admin unit already answers to; the gazetteer's own crossing entries
        // (one per crossing, not per bank) do not count: each bank needs its own point.
        if (name.Length < 3 || _gazetteer.Index.PlacesWithKey(VariantFolder.MatchKey(name)).Any(_byId.ContainsKey)) return;
        AddExtra(name, new PlaceOption($"crossing:{crossing.Id}:{country}", name, PlaceKind.Crossing, country, null, null,
            crossing.SegmentId, point, 0, 0, false));
    }

    // "Qumsangir District" is written "Qumsangir"; "Darwāz-e Bālā" is "Darwaz"; "Gorno-Badakhshan" is "Badakhshan".
    private static IEnumerable<string> ShortForms(string name)
    {
        var stripped = AdminUnitWords.Strip(name);
        if (stripped.Unit != AdminUnit.None) yield return stripped.Name;
        foreach (var suffix in new[] { " Autonomous Region", " Region" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) yield return name[..^suffix.Length];
        }
        var izafet = name.IndexOf("-e ", StringComparison.Ordinal);
        if (izafet > 2) yield return name[..izafet];
        if (name.StartsWith("Gorno-", StringComparison.Ordinal)) yield return name["Gorno-".Length..];
    }
}
