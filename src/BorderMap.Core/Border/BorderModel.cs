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

    /// <summary>Consecutive line segments grouped for the nearest-point search, with their lon/lat envelope.</summary>
    private readonly record struct Chunk(int First, int End, double MinLon, double MinLat, double MaxLon, double MaxLat);
    private const int ChunkSegments = 48;

    private readonly GeoPoint[] _vertices;
    private readonly double[] _alongM;
    private readonly Chunk[] _chunks;
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
        _chunks = Chunks(_vertices);
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

        var (crossing, crossingM) = NearestCrossing(point);
        return new BorderPosition(Side(point, index, distance), distance, segment, crossing, crossingM, nearest);
    }

    /// <summary>
    /// The nearest crossing on the ellipsoid; of equally near ones, the first listed. Vincenty's
    /// formula for every crossing was most of a context's cost (the synthetic seed computes a
    /// million), so the crossing with the smallest lower bound is measured first and a crossing
    /// whose lower bound is not below the best distance so far is never measured: it cannot win.
    /// </summary>
    private (Crossing? Crossing, double? DistanceM) NearestCrossing(GeoPoint point)
    {
        if (Crossings.Count == 0) return (null, null);
        Span<double> bounds = Crossings.Count <= 64 ? stackalloc double[Crossings.Count] : new double[Crossings.Count];
        var first = 0;
        for (var c = 0; c < bounds.Length; c++)
        {
            bounds[c] = Geodesic.LowerBoundM(point, Crossings[c].OnBorder);
            if (bounds[c] < bounds[first]) first = c;
        }

        var (best, bestM) = (first, Geodesic.DistanceM(point, Crossings[first].OnBorder));
        for (var c = 0; c < bounds.Length; c++)
        {
            if (c == first || bounds[c] > bestM || (bounds[c] == bestM && c > best)) continue;
            var d = Geodesic.DistanceM(point, Crossings[c].OnBorder);
            if (d < bestM || (d == bestM && c < best)) (best, bestM) = (c, d);
        }
        return (Crossings[best], bestM);
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
    /// by the cosine of its latitude); the distance to it is then measured on the ellipsoid. The
    /// segments are searched chunk by chunk: first the chunk whose envelope is nearest, then every
    /// chunk whose envelope could hold something nearer, in line order, so the answer (including
    /// which of two equally near segments wins: the first) is the one a scan of every segment gives.
    /// </summary>
    private (int Index, double T, GeoPoint Point) NearestOnLine(GeoPoint p)
    {
        var scale = Math.Cos(p.Lat * Math.PI / 180);
        Span<double> bounds = _chunks.Length <= 256 ? stackalloc double[_chunks.Length] : new double[_chunks.Length];
        var start = 0;
        for (var c = 0; c < _chunks.Length; c++)
        {
            var chunk = _chunks[c];
            var dx = Math.Max(0, Math.Max(chunk.MinLon - p.Lon, p.Lon - chunk.MaxLon)) * scale;
            var dy = Math.Max(0, Math.Max(chunk.MinLat - p.Lat, p.Lat - chunk.MaxLat));
            // a hair below the envelope's distance, so rounding never skips a chunk that holds the nearest point
            bounds[c] = (dx * dx + dy * dy) * (1 - 1e-9);
            if (bounds[c] < bounds[start]) start = c;
        }

        var best = (Index: 0, T: 0.0, Squared: double.MaxValue);
        Scan(_chunks[start], p, scale, ref best);
        for (var c = 0; c < _chunks.Length; c++)
        {
            if (c != start && bounds[c] <= best.Squared) Scan(_chunks[c], p, scale, ref best);
        }
        return (best.Index, best.T, Interpolate(_vertices[best.Index], _vertices[best.Index + 1], best.T));
    }

    private void Scan(Chunk chunk, GeoPoint p, double scale, ref (int Index, double T, double Squared) best)
    {
        for (var i = chunk.First; i < chunk.End; i++)
        {
            double ax = (_vertices[i].Lon - p.Lon) * scale, ay = _vertices[i].Lat - p.Lat;
            double bx = (_vertices[i + 1].Lon - p.Lon) * scale, by = _vertices[i + 1].Lat - p.Lat;
            double dx = bx - ax, dy = by - ay;
            var lengthSquared = dx * dx + dy * dy;
            var t = lengthSquared == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
            double x = ax + t * dx, y = ay + t * dy;
            var squared = x * x + y * y;
            if (squared < best.Squared || (squared == best.Squared && i < best.Index)) best = (i, t, squared);
        }
    }

    private static Chunk[] Chunks(GeoPoint[] vertices)
    {
        var segments = vertices.Length - 1;
        var chunks = new Chunk[(segments + ChunkSegments - 1) / ChunkSegments];
        for (var c = 0; c < chunks.Length; c++)
        {
            var first = c * ChunkSegments;
            var end = Math.Min(first + ChunkSegments, segments);
            double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
            for (var i = first; i <= end; i++)
            {
                minLon = Math.Min(minLon, vertices[i].Lon);
                maxLon = Math.Max(maxLon, vertices[i].Lon);
                minLat = Math.Min(minLat, vertices[i].Lat);
                maxLat = Math.Max(maxLat, vertices[i].Lat);
            }
            chunks[c] = new Chunk(first, end, minLon, minLat, maxLon, maxLat);
        }
        return chunks;
    }

    private static GeoPoint Interpolate(GeoPoint a, GeoPoint b, double t) =>
        new(a.Lon + t * (b.Lon - a.Lon), a.Lat + t * (b.Lat - a.Lat));
}
