using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Server.Hosting;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace BorderMap.Server.Features.Border;

/// <summary>
/// The geodata layers viewers and the renderer draw, serialised once per geodata version and
/// served with an ETag so browsers revalidate instead of downloading the polygons again. The
/// basemap, line and segments also come as an overview for the web viewer's far zooms: lines and
/// outlines simplified to under a pixel there, half the coordinates for the browser to cut into tiles.
/// </summary>
internal sealed class BorderLayers(GeodataSet geodata, BorderModel border)
{
    public const string Line = "line";
    public const string Segments = "segments";
    public const string Crossings = "crossings";
    public const string Basemap = "basemap";

    private const string Attribution = "Border and country outlines © OpenStreetMap contributors (ODbL). Place names © GeoNames (CC BY 4.0). Neighbouring countries: Natural Earth. Some village and district points: Wikipedia contributors (CC BY-SA 4.0). Rivers and lakes: GSHHG (LGPL-3+).";
    /// <summary>
    /// How far the overview simplifies, in degrees: ~0.2 km, under a pixel below zoom 7.5 (about 345 m
    /// a pixel at 37° N in 512-pixel tiles), where the viewer switches to the full layers.
    /// </summary>
    public const double OverviewTolerance = 0.002;

    /// <summary>The layers that have an overview.</summary>
    public static readonly IReadOnlySet<string> WithOverview = new HashSet<string>([Basemap, Line, Segments]);

    private readonly Lazy<Dictionary<string, byte[]>> _bodies = new(() => Build(geodata, border, overview: false));
    private readonly Lazy<Dictionary<string, byte[]>> _overviews = new(() => Build(geodata, border, overview: true));

    public IResult Write(HttpContext http, string layer, bool overview = false)
    {
        var etag = $"\"{geodata.Version[..16]}-{layer}{(overview ? "-overview" : "")}\"";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        if (http.Request.Headers.IfNoneMatch == etag)
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        http.Response.Headers.ETag = etag;
        return TypedResults.Bytes((overview ? _overviews : _bodies).Value[layer], GeoJsonResult<object>.MediaType);
    }

    private static Dictionary<string, byte[]> Build(GeodataSet geodata, BorderModel border, bool overview)
    {
        var options = new JsonSerializerOptions { Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() } };
        byte[] Serialize(IEnumerable<IFeature> features)
        {
            var collection = new FeatureCollection();
            foreach (var feature in features)
            {
                // a river piece shorter than the tolerance leaves nothing to draw at the overview's zooms
                var kept = overview ? Overview(feature) : feature;
                if (!kept.Geometry.IsEmpty) collection.Add(kept);
            }
            return JsonSerializer.SerializeToUtf8Bytes(collection, options);
        }

        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        return new Dictionary<string, byte[]>
        {
            [Line] = Serialize([new Feature(geodata.BorderLine, new AttributesTable(new Dictionary<string, object?>
            {
                ["id"] = "tj-af", ["name"] = "Tajikistan–Afghanistan border", ["length_m"] = Math.Round(border.LengthM),
                ["left_side"] = "TJ", ["right_side"] = "AF", ["attribution"] = Attribution,
            }))]),
            [Segments] = Serialize(geodata.Segments.Select(s => (IFeature)new Feature(s.Geometry, new AttributesTable(new Dictionary<string, object?>
            {
                ["id"] = s.Id, ["ordinal"] = s.Ordinal, ["name"] = s.Name, ["tj_district"] = s.TjAdmin2Name, ["af_district"] = s.AfAdmin2Name,
                ["tj_admin2_code"] = s.TjAdmin2Code, ["af_admin2_code"] = s.AfAdmin2Code, ["from_m"] = s.FromM, ["to_m"] = s.ToM, ["length_m"] = s.LengthM,
            })))),
            [Crossings] = Serialize(geodata.Crossings.Select(c => (IFeature)new Feature(
                factory.CreatePoint(new Coordinate(c.OnBorder.Lon, c.OnBorder.Lat)), new AttributesTable(new Dictionary<string, object?>
                {
                    ["id"] = c.Id, ["name"] = c.Name, ["kind"] = c.Kind, ["tj_side"] = c.TjSide, ["af_side"] = c.AfSide,
                    ["segment_id"] = c.SegmentId, ["snap_distance_m"] = c.SnapDistanceM, ["source"] = c.Citation,
                })))),
            [Basemap] = Serialize(BasemapFeatures(geodata, factory)
                // the viewer labels province seats only; district seats are for other readers of the basemap
                .Where(f => !overview || (string?)f.Attributes["kind"] != "district_seat")),
        };
    }

    /// <summary>A feature of the overview: its lines and outlines simplified by <see cref="OverviewTolerance"/>, to 4 decimals.</summary>
    private static IFeature Overview(IFeature feature)
    {
        if (feature.Geometry is Point) return feature;
        var simplified = TopologyPreservingSimplifier.Simplify(feature.Geometry, OverviewTolerance);
        return new Feature(GeometryPrecisionReducer.Reduce(simplified, new PrecisionModel(1e4)), feature.Attributes);
    }

    /// <summary>
    /// What the viewer draws under the border: country polygons, lakes and rivers (GSHHG), every place
    /// of geodata/places.tsv and villages.tsv inside the polygons' box with its population (the viewer
    /// labels by it), province names at their points, and the province and district seats.
    /// </summary>
    /// <summary>
    /// A country generalised for the browser: holes under ~5 km² left out (the OSM land has hundreds,
    /// which the simplifier would turn into stray triangles), outlines simplified to ~50 m, coordinates
    /// of 5 decimals (~1 m); still a MultiPolygon (the simplifier answers a Polygon for one part).
    /// </summary>
    private static MultiPolygon Generalised(MultiPolygon country)
    {
        const double SmallestHole = 0.0005; // square degrees, ~5 km² here
        var factory = country.Factory;
        var filled = factory.CreateMultiPolygon(country.Geometries.Cast<Polygon>().Select(p => factory.CreatePolygon(
            p.Shell, p.Holes.Where(h => factory.CreatePolygon(h).Area >= SmallestHole).ToArray())).ToArray());
        return GeometryPrecisionReducer.Reduce(TopologyPreservingSimplifier.Simplify(filled, 0.0005), new PrecisionModel(1e5)) switch
        {
            MultiPolygon multi => multi,
            Polygon one => factory.CreateMultiPolygon([one]),
            var other => throw new InvalidOperationException($"generalising a country gave a {other.GeometryType}"),
        };
    }

    private static IEnumerable<IFeature> BasemapFeatures(GeodataSet geodata, GeometryFactory factory)
    {
        IFeature Feature(Geometry geometry, Dictionary<string, object?> properties) => new Feature(geometry, new AttributesTable(properties));
        var region = new Envelope();
        foreach (var country in geodata.Countries) region.ExpandToInclude(country.Geometry.EnvelopeInternal);

        return geodata.Countries.Select(c => Feature(Generalised(c.Geometry), new()
            {
                ["kind"] = "country", ["code"] = c.Code, ["name"] = c.Name, ["role"] = c.Role, ["source"] = c.Source,
            }))
            .Concat(geodata.Water.Select(w => Feature(w.Geometry, new() { ["kind"] = w.Kind, ["class"] = w.Class })))
            .Concat(geodata.AdminAreas.Where(a => a.Seat is not null).Select(a => Feature(
                factory.CreatePoint(new Coordinate(a.Seat!.Value.Lon, a.Seat.Value.Lat)), new()
                {
                    ["kind"] = a.Level == 1 ? "province_seat" : "district_seat", ["code"] = a.Code, ["name"] = a.Name,
                    ["seat"] = a.SeatName, ["country"] = a.Country,
                })))
            // the biggest first, so that where two labels would meet the bigger place keeps its name
            .Concat(geodata.Places.Where(p => region.Contains(p.Location.Lon, p.Location.Lat))
                .OrderByDescending(p => p.Population).ThenBy(p => p.Id)
                .Select(p => Feature(factory.CreatePoint(new Coordinate(p.Location.Lon, p.Location.Lat)), new()
                {
                    ["kind"] = "place", ["id"] = p.Id, ["name"] = p.Name, ["population"] = p.Population, ["country"] = p.Country,
                    ["feature_code"] = p.FeatureCode,
                })));
    }
}
