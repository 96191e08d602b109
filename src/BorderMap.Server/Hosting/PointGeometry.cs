using BorderMap.Core.Incidents;

namespace BorderMap.Server.Hosting;

internal sealed record PointGeometry(double[] Coordinates)
{
    public string Type => "Point";

    public static PointGeometry? Of(GeoPoint? point) => point is { } p ? new PointGeometry([p.Lon, p.Lat]) : null;
}
