using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>What kind of thing a toponym resolved to; the kind sets the geo precision.</summary>
public enum PlaceKind
{
    /// <summary>A town or village (GeoNames populated place).</summary>
    Place,

    /// <summary>A bridge or border post, from geodata/crossings.tsv.</summary>
    Crossing,

    District,
    Province,
}

/// <summary>One gazetteer entry a toponym may name, with how well the spelling matched.</summary>
public sealed record PlaceOption(
    string Id,
    string Name,
    PlaceKind Kind,
    string Country,
    string? Admin1,
    string? Admin2,
    string? AdminCode,
    GeoPoint? Location,
    double? BorderDistanceM,
    double MatchScore,
    bool IsCapital)
{
    public GeoPrecision Precision => Kind switch
    {
        PlaceKind.Place or PlaceKind.Crossing => GeoPrecision.Place,
        PlaceKind.District => GeoPrecision.District,
        _ => GeoPrecision.ProvinceOrBorder,
    };

    /// <summary>1 for the most specific kinds, 3 for a province: what "more specific first" sorts on.</summary>
    public int Specificity => (int)Precision;
}

/// <summary>A toponym in a sentence (offsets relative to the sentence) and the entries it may name.</summary>
public sealed record ToponymMention(int Start, int End, string Surface, AdminUnit Unit, IReadOnlyList<PlaceOption> Options, int FirstToken, int LastToken);
