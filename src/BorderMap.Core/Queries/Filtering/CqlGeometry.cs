using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// Geometry literals of a filter (WKT, a BBOX or GeoJSON), read by NetTopologySuite and checked:
/// lon/lat within the world (CRS84, the default filter-crs) and valid, so PostGIS never sees a
/// geometry it would refuse mid-query.
/// </summary>
internal static class CqlGeometry
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly WKTReader Reader = new(NetTopologySuite.NtsGeometryServices.Instance) { IsOldNtsCoordinateSyntaxAllowed = false };

    public static readonly string[] WktKeywords =
        ["POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"];

    public static Geometry FromWkt(string wkt, Func<string, CqlSyntaxException> fail)
    {
        Geometry geometry;
        try
        {
            geometry = Reader.Read(wkt);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            throw fail($"the WKT geometry cannot be read: {e.Message}");
        }
        return Checked(geometry, fail);
    }

    /// <summary>A BBOX of four numbers (or six, with heights at positions 3 and 6), lower corner first.</summary>
    public static Geometry FromBbox(IReadOnlyList<double> n, Func<string, CqlSyntaxException> fail)
    {
        if (n.Count is not (4 or 6)) throw fail("BBOX takes four numbers (or six with heights): west, south, east, north");
        var (w, s, e, north) = n.Count == 4 ? (n[0], n[1], n[2], n[3]) : (n[0], n[1], n[3], n[4]);
        if (w > e || s > north) throw fail("the BBOX's lower corner must come first and lie below and left of the upper one");
        return Checked(Factory.ToGeometry(new Envelope(w, e, s, north)), fail);
    }

    public static Geometry Checked(Geometry geometry, Func<string, CqlSyntaxException> fail)
    {
        if (geometry.IsEmpty) throw fail("the geometry is empty");
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90)
                throw fail("coordinates must be longitude, latitude within [-180, 180] and [-90, 90] (CRS84)");
        }
        if (!geometry.IsValid)
        {
            var error = new NetTopologySuite.Operation.Valid.IsValidOp(geometry).ValidationError;
            throw fail($"the geometry is not valid: {error?.Message} at {error?.Coordinate?.X:0.######} {error?.Coordinate?.Y:0.######}");
        }
        var copy = Factory.CreateGeometry(geometry);
        copy.SRID = 4326;
        return copy;
    }
}
