using BorderMap.Core.Incidents;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Border;

/// <summary>
/// The Tajik–Afghan border line with its segments, crossings and the countries on either side;
/// answers where any point sits relative to it. Immutable and safe for concurrent use.
/// </summary>
public sealed class BorderModel
{
    /// <summary>Points in a river gap (no land polygon holds them) this close to the line take the side from the line's direction.</summary>
    public const double RiverGapM = 5_000;

    private readonly GeoPoint[] _vertices;
    private readonly double[] _alongM;
    private readonly (CountryShape Country, IPointOnGeometryLocator Locator)[] _countries;

    public BorderModel(LineString line, IReadOnlyList<BorderSegment> segments, IReadOnlyList<Crossing> crossings, IReadOnlyList<CountryShape> countries)
    {
        if (line.NumPoints < 2) throw new ArgumentException("the border line needs at least two points", nameof(line));
        if (segments.Count == 0) throw new ArgumentException("the border needs at least one segment", nameof(segments));
        Line = line;
        Segments = segments.OrderBy(s => s.Ordinal).ToList();
        Crossings = crossings;
        Countries = countries;

        _vertices = line.Coordinates.Select(c => new GeoPoint(c.X, c.Y)).ToArray();
        _alongM = new double[_vertices.Length];
        for (var i = 1; i < _vertices.Length; i++)
            _alongM[i] = _alongM[i - 1] + Geodesic.DistanceM(_vertices[i - 1], _vertices[i]);
        // Border countries first: a point the TJ or AF polygon holds is on that side.
        _countries = countries
            .OrderBy(c => c.Role == "border" ? 0 : 1)
            .Select(c => (c, (IPointOnGeometryLocator)new IndexedPointInAreaLocator(c.Geometry)))
            .ToArray();
    }

    public LineString Line { get; }
    public IReadOnlyList<BorderSegment> Segments { get; }
    public IReadOnlyList<Crossing> Crossings { get; }
    public IReadOnlyList<CountryShape> Countries { get; }

    /// <summary>The line's geodesic length in metres.</summary>
    public double LengthM => _alongM[^1];

    public BorderSegment? FindSegment(string id) => Segments.FirstOrDefault(s => s.Id == id);

    public BorderPosition Locate(GeoPoint point)
    {
        var (index, t, nearest) = NearestOnLine(point);
        var along = _alongM[index] + t * (_alongM[index + 1] - _alongM[index]);
        var segment = Segments.FirstOrDefault(s => along >= s.FromM && along < s.ToM) ?? (along < Segments[0].FromM ? Segments[0] : Segments[^1]);
        var distance = Geodesic.DistanceM(point, nearest);

        Crossing? crossing = null;
        double? crossingM = null;
        foreach (var candidate in Crossings)
        {
            var d = Geodesic.DistanceM(point, candidate.OnBorder);
            if (crossingM is null || d < crossingM) (crossing, crossingM) = (candidate, d);
        }

        return new BorderPosition(Side(point, index, distance), distance, segment, crossing, crossingM, nearest);
    }

    /// <summary>The border context stored on an incident at write time.</summary>
    public BorderContext ContextOf(GeoPoint point)
    {
        var position = Locate(point);
        return new BorderContext(position.Side, Math.Round(position.DistanceM, 1), position.Segment.Id,
            position.NearestCrossing?.Id, position.NearestCrossingM is { } m ? Math.Round(m, 1) : null);
    }

    /// <summary>The point on the line a given distance from its western end (the Uzbek tripoint).</summary>
    public GeoPoint PointAlong(double alongM)
    {
        var m = Math.Clamp(alongM, 0, LengthM);
        var i = Array.BinarySearch(_alongM, m);
        if (i >= 0) return _vertices[i];
        i = Math.Max(0, ~i - 1);
        var t = (m - _alongM[i]) / (_alongM[i + 1] - _alongM[i]);
        return Interpolate(_vertices[i], _vertices[i + 1], t);
    }

    private string? Side(GeoPoint point, int lineIndex, double distanceM)
    {
        var coordinate = new Coordinate(point.Lon, point.Lat);
        foreach (var (country, locator) in _countries)
        {
            if (locator.Locate(coordinate) != Location.Exterior) return country.Code;
        }
        if (distanceM > RiverGapM) return null;

        // In the river between the two banks: the line runs west to east with Tajikistan on its left.
        var a = _vertices[lineIndex];
        var b = _vertices[lineIndex + 1];
        var cross = (b.Lon - a.Lon) * (point.Lat - a.Lat) - (b.Lat - a.Lat) * (point.Lon - a.Lon);
        return cross >= 0 ? Incidents.Countries.Tajikistan : Incidents.Countries.Afghanistan;
    }

    /// <summary>
    /// The nearest point of the line, found in a plane tangent at the query point (longitudes scaled
    /// by the cosine of its latitude); the distance to it is then measured on the ellipsoid.
    /// </summary>
    private (int Index, double T, GeoPoint Point) NearestOnLine(GeoPoint p)
    {
        var scale = Math.Cos(p.Lat * Math.PI / 180);
        var best = (Index: 0, T: 0.0, Squared: double.MaxValue);
        for (var i = 0; i < _vertices.Length - 1; i++)
        {
            double ax = (_vertices[i].Lon - p.Lon) * scale, ay = _vertices[i].Lat - p.Lat;
            double bx = (_vertices[i + 1].Lon - p.Lon) * scale, by = _vertices[i + 1].Lat - p.Lat;
            double dx = bx - ax, dy = by - ay;
            var lengthSquared = dx * dx + dy * dy;
            var t = lengthSquared == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
            double x = ax + t * dx, y = ay + t * dy;
            var squared = x * x + y * y;
            if (squared < best.Squared) best = (i, t, squared);
        }
        return (best.Index, best.T, Interpolate(_vertices[best.Index], _vertices[best.Index + 1], best.T));
    }

    private static GeoPoint Interpolate(GeoPoint a, GeoPoint b, double t) =>
        new(a.Lon + t * (b.Lon - a.Lon), a.Lat + t * (b.Lat - a.Lat));
}
