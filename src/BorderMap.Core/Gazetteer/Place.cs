using BorderMap.Core.Incidents;

namespace BorderMap.Core.Gazetteer;

/// <summary>A GeoNames place (cities500), or a border village or post that GeoNames lacks (geodata/villages.tsv, ids 900000001 and up).</summary>
public sealed record Place(
    long Id,
    string Name,
    string AsciiName,
    GeoPoint Location,
    char FeatureClass,
    string FeatureCode,
    string Country,
    string? Admin1Code,
    string? Admin1Name,
    string? Admin2Code,
    string? Admin2Name,
    long Population)
{
    /// <summary>Ids from this one up are BorderMap's own (geodata/hand/villages.tsv), never GeoNames ids.</summary>
    public const long FirstOwnId = 900_000_001;

    /// <summary>The id this place has in a <see cref="NameIndex"/>: places and admin areas share one index.</summary>
    public string IndexId => IndexIds.ForPlace(Id);
}

/// <summary>A province (level 1) or district (level 2), placed at its seat where a source gives one.</summary>
public sealed record AdminArea(
    string Code,
    int Level,
    string Country,
    string Admin1Code,
    string Name,
    IReadOnlyList<string> AlternateNames,
    long? SeatPlaceId,
    string? SeatName,
    GeoPoint? Seat,
    string? PointSource)
{
    public string IndexId => IndexIds.ForAdminArea(Code);
}

/// <summary>One name of a place or admin area as the geodata files state it.</summary>
public sealed record GazetteerName(string IndexId, string Name, NameKind Kind, string Script, string? Source);

public static class IndexIds
{
    public static string ForPlace(long geonameId) => $"place:{geonameId}";
    public static string ForAdminArea(string code) => $"admin:{code}";
    public static string ForCrossing(string id) => $"crossing:{id}";

    /// <summary>The id a hand-written name's target column names: a geonameid, a crossing (cr-NN) or an admin code.</summary>
    public static string ForTarget(string target) =>
        long.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? ForPlace(id)
        : target.StartsWith("cr-", StringComparison.Ordinal) ? ForCrossing(target)
        : ForAdminArea(target);
}
