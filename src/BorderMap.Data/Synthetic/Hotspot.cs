using System.Globalization;

namespace BorderMap.Data.Synthetic;

/// <summary>
/// A real border town that synthetic incidents cluster around (bench/hotspots.csv: GeoNames
/// cities500, CC BY 4.0, the same 40 centres the MapServer peer harness uses).
/// </summary>
public sealed record Hotspot(string Name, string Country, double Lat, double Lon, long Population, double Weight)
{
    public static IReadOnlyList<Hotspot> ReadCsv(string path)
    {
        var hotspots = new List<Hotspot>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split(',');
            if (f.Length != 6) throw new InvalidDataException($"{path}: '{line}' does not have 6 columns");
            hotspots.Add(new Hotspot(f[0], f[1],
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture),
                long.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)));
        }
        return hotspots;
    }
}
