using System.Collections.Concurrent;
using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Geoparsing;

/// <summary>A stretch of the border line, in metres from its western end.</summary>
public readonly record struct BorderStretch(double FromM, double ToM)
{
    public double MiddleM => (FromM + ToM) / 2;
}

/// <summary>
/// Places incidents that the text locates only by a province, a district without a seat, or "the
/// border": on the border segments facing that unit, a few hundred metres inside the side where the
/// incident happened, never at a country's centroid.
/// </summary>
/// <remarks>
/// Incidents land on a finite set of points (gazetteer places, seats, anchors on the line), so the
/// answers are cached: locating a point on a 4,000-vertex line is the costliest step of extraction.
/// </remarks>
public sealed class BorderAnchor(BorderModel border)
{
    private const double MetresPerDegree = 111_320;
    private const int CacheLimit = 100_000;
    private static readonly double[] s_offsetsM = [250, 1_000, 3_000];

    private readonly ConcurrentDictionary<GeoPoint, BorderContext> _contexts = new();
    private readonly ConcurrentDictionary<(double, string?), GeoPoint> _onSide = new();
    private readonly ConcurrentDictionary<(BorderStretch, GeoPoint), double> _nearest = new();
    private readonly ConcurrentDictionary<string, BorderStretch?> _facing = new(StringComparer.Ordinal);

    public BorderModel Border { get; } = border;

    /// <summary>The whole border.</summary>
    public BorderStretch Whole => new(0, Border.LengthM);

    /// <summary>
    /// The segments facing an admin unit: a district by its code, a province by its code as prefix
    /// (AF.26 faces seg-11 to seg-19); null when the unit does not touch the border.
    /// </summary>
    public BorderStretch? Facing(string adminCode) => Cached(_facing, adminCode, FacingOf);

    private BorderStretch? FacingOf(string adminCode)
    {
        double from = double.MaxValue, to = double.MinValue;
        foreach (var segment in Border.Segments)
        {
            if (!Faces(segment.TjAdmin2Code, adminCode) && !Faces(segment.AfAdmin2Code, adminCode)) continue;
            from = Math.Min(from, segment.FromM);
            to = Math.Max(to, segment.ToM);
        }
        return from <= to ? new BorderStretch(from, to) : null;
    }

    /// <summary>The position on <paramref name="stretch"/> nearest to <paramref name="point"/>, sampled every 2 km.</summary>
    public double NearestAlong(BorderStretch stretch, GeoPoint point) =>
        Cached(_nearest, (stretch, point), key => SampleNearestAlong(key.Item1, key.Item2));

    /// <summary>The border context of a point, as <see cref="BorderModel.ContextOf"/> gives it.</summary>
    public BorderContext ContextOf(GeoPoint point) => Cached(_contexts, point, Border.ContextOf);

    private double SampleNearestAlong(BorderStretch stretch, GeoPoint point)
    {
        var best = (Along: stretch.MiddleM, Squared: double.MaxValue);
        var scale = Math.Cos(point.Lat * Math.PI / 180);
        for (var m = stretch.FromM; m <= stretch.ToM; m += 2_000)
        {
            var p = Border.PointAlong(m);
            double dx = (p.Lon - point.Lon) * scale, dy = p.Lat - point.Lat;
            var squared = dx * dx + dy * dy;
            if (squared < best.Squared) best = (m, squared);
        }
        return best.Along;
    }

    /// <summary>The point <paramref name="alongM"/> along the line, moved just inside <paramref name="side"/> (TJ or AF) when given.</summary>
    public GeoPoint PointOnSide(double alongM, string? side) => Cached(_onSide, (alongM, side), key => MoveToSide(key.Item1, key.Item2));

    private GeoPoint MoveToSide(double alongM, string? side)
    {
        var onLine = Border.PointAlong(alongM);
        if (side is null) return onLine;

        // The line runs west to east with Tajikistan on its left: the left normal points into TJ.
        var a = Border.PointAlong(alongM - 300);
        var b = Border.PointAlong(alongM + 300);
        var scale = Math.Cos(onLine.Lat * Math.PI / 180);
        double dx = (b.Lon - a.Lon) * scale, dy = b.Lat - a.Lat;
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length == 0) return onLine;
        var sign = side == Countries.Tajikistan ? 1 : -1;
        double nx = -dy / length * sign, ny = dx / length * sign;
        foreach (var offset in s_offsetsM)
        {
            var degrees = offset / MetresPerDegree;
            var moved = new GeoPoint(onLine.Lon + nx * degrees / scale, onLine.Lat + ny * degrees);
            if (Border.Locate(moved).Side == side) return moved;
        }
        return onLine;
    }

    /// <summary>The border segment id and name nearest to a point, for notes.</summary>
    public BorderSegment SegmentAt(GeoPoint point) => Border.Locate(point).Segment;

    private static TValue Cached<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> compute) where TKey : notnull
    {
        if (cache.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (cache.Count < CacheLimit) cache.TryAdd(key, value);
        return value;
    }

    private static bool Faces(string? segmentCode, string adminCode) =>
        segmentCode is not null && segmentCode.StartsWith(adminCode, StringComparison.Ordinal)
        && (segmentCode.Length == adminCode.Length || segmentCode[adminCode.Length] == '.');
}
