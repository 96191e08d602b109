using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Everything in geodata/: the gazetteer and the border. <see cref="Version"/> is a hash of the
/// files' content; incidents record it so reprocessing knows what was geocoded with what.
/// </summary>
public sealed record GeodataSet(
    string Version,
    IReadOnlyList<Place> Places,
    IReadOnlyList<AdminArea> AdminAreas,
    IReadOnlyList<GazetteerName> Names,
    IReadOnlyDictionary<string, double?> BorderDistances,
    LineString BorderLine,
    IReadOnlyList<BorderSegment> Segments,
    IReadOnlyList<Crossing> Crossings,
    IReadOnlyList<CountryShape> Countries,
    IReadOnlyList<WaterFeature> Water)
{
    public PlaceGazetteer BuildGazetteer() => new(Places, AdminAreas, Crossings, Names, BorderDistances);

    public BorderModel BuildBorder() => new(BorderLine, Segments, Crossings, Countries);
}
