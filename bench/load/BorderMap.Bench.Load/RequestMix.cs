using System.Globalization;

namespace BorderMap.Bench.Load;

/// <summary>A place the synthetic incidents cluster around (bench/hotspots.csv, the seed's own list).</summary>
internal sealed record Hotspot(string Name, double Lon, double Lat, double Weight);

/// <summary>
/// Chooses the next request the way the four kinds of client use BorderMap: map viewers fetch
/// tiles around a hotspot at zooms 5–13 (most with the default filters, some with a shared preset)
/// and now and then a heatmap of the view (PNG for the map, JSON for scripts, 128–512 px); API
/// clients list incidents in a view with dates and types; QGIS/GDAL read OGC items in a view and
/// page on through "next" links. Deterministic for a seed.
/// </summary>
internal sealed class RequestMix(IReadOnlyList<Hotspot> hotspots, Random random, IReadOnlyList<(string Kind, int Share)> shares)
{
    public const string Tile = "tile";
    public const string List = "list";
    public const string OgcItems = "ogc-items";
    public const string HeatmapPng = "heatmap-png";
    public const string HeatmapJson = "heatmap-json";

    /// <summary>
    /// Shares of all requests, per mille, with <paramref name="heatmapPerMille"/> each for PNG and
    /// JSON heatmaps (taken from the tiles). The heatmap is off in the viewer by default; with it
    /// on, a pan fetches ~15 tiles and one heatmap, so about one viewer in five with it on gives ~1 %
    /// (the default, 5 + 5), split between the viewer's PNG and scripts' JSON.
    /// </summary>
    public static (string Kind, int Share)[] Shares(int heatmapPerMille = 5) =>
        [(Tile, 635 - 2 * heatmapPerMille), (List, 165), (OgcItems, 200), (HeatmapPng, heatmapPerMille), (HeatmapJson, heatmapPerMille)];

    // Zoom levels a map viewer spends its time at, with weights; cluster tiles below z10, points from z10.
    private static readonly (int Zoom, int Weight)[] Zooms = [(5, 4), (6, 8), (7, 14), (8, 18), (9, 16), (10, 14), (11, 12), (12, 8), (13, 6)];

    // What viewers share: the default view has no filters; presets are a year, a type or a country.
    private static readonly string[] TilePresets =
        ["", "", "", "", "", "", "", "?from=2024-01-01&to=2024-12-31", "?types=battles", "?from=2025-01-01&to=2025-12-31&types=explosions_remote_violence", "?country=AF"];

    private static readonly string[] Types = ["battles", "explosions_remote_violence", "violence_against_civilians", "strategic_developments"];

    private readonly double _totalWeight = hotspots.Sum(h => h.Weight);

    /// <summary>The next request of a virtual client that may continue a listing from its last "next" link.</summary>
    public (string Kind, string Url) Next(ref string? nextLink, ref string? nextKind)
    {
        var roll = random.Next(1000);
        var kind = shares[0].Kind;
        foreach (var (k, share) in shares)
        {
            if (roll < share) { kind = k; break; }
            roll -= share;
        }
        // QGIS and GDAL page through a layer; an API client sometimes reads a second page.
        if (nextLink is not null && kind == nextKind && random.NextDouble() < 0.6)
        {
            var link = nextLink;
            nextLink = null;
            return (kind, link);
        }
        return kind switch
        {
            Tile => (kind, TileUrl()),
            List => (kind, ListUrl()),
            OgcItems => (kind, OgcUrl()),
            HeatmapPng => (kind, HeatmapUrl("png", [256, 512])),
            _ => (kind, HeatmapUrl("json", [128, 256])),
        };
    }

    private string TileUrl()
    {
        var zoom = Pick(Zooms);
        var (lon, lat) = NearHotspot(0.5);
        var n = 1 << zoom;
        // A 1024 × 768 map shows about 5 × 4 tiles around its centre.
        var x = Math.Clamp((int)Math.Floor((lon + 180) / 360 * n) + random.Next(-2, 3), 0, n - 1);
        var latRad = lat * Math.PI / 180;
        var y = Math.Clamp((int)Math.Floor((1 - Math.Log(Math.Tan(latRad) + 1 / Math.Cos(latRad)) / Math.PI) / 2 * n) + random.Next(-2, 2), 0, n - 1);
        return $"/tiles/incidents/{zoom}/{x}/{y}.pbf{TilePresets[random.Next(TilePresets.Length)]}";
    }

    private string ListUrl()
    {
        var (from, to) = Period();
        var types = random.NextDouble() < 0.5 ? $"&types={Types[random.Next(Types.Length)]}" : "";
        return $"/api/v1/incidents?bbox={View(8, 12)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}{types}&limit={(random.NextDouble() < 0.5 ? 50 : 100)}";
    }

    private string OgcUrl()
    {
        var (from, to) = Period();
        var limit = random.NextDouble() < 0.5 ? 100 : 1000;
        return $"/ogc/collections/incidents/items?bbox={View(7, 11)}&datetime={from:yyyy-MM-dd}/{to:yyyy-MM-dd}&limit={limit}";
    }

    private string HeatmapUrl(string format, int[] widths)
    {
        var (from, to) = Period();
        return $"/api/v1/analytics/heatmap?bbox={View(8, 10)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&format={format}&width={widths[random.Next(widths.Length)]}";
    }

    /// <summary>The lon/lat box a 1024 × 768 map shows around a hotspot at a zoom in [minZoom, maxZoom].</summary>
    private string View(int minZoom, int maxZoom)
    {
        var zoom = random.Next(minZoom, maxZoom + 1);
        var (lon, lat) = NearHotspot(0.3);
        var width = 360.0 / (1 << zoom) * 4;
        var height = width * 0.75 * Math.Cos(lat * Math.PI / 180);
        return string.Create(CultureInfo.InvariantCulture, $"{lon - width / 2:0.####},{lat - height / 2:0.####},{lon + width / 2:0.####},{lat + height / 2:0.####}");
    }

    /// <summary>A month, quarter, half-year or year starting on a month within the data's eleven years.</summary>
    private (DateOnly From, DateOnly To) Period()
    {
        var from = new DateOnly(2015 + random.Next(11), 1 + random.Next(12), 1);
        var months = new[] { 1, 3, 6, 12 }[random.Next(4)];
        return (from, from.AddMonths(months).AddDays(-1));
    }

    private (double Lon, double Lat) NearHotspot(double spreadDegrees)
    {
        var pick = random.NextDouble() * _totalWeight;
        var hotspot = hotspots[^1];
        foreach (var h in hotspots)
        {
            if (pick < h.Weight) { hotspot = h; break; }
            pick -= h.Weight;
        }
        return (hotspot.Lon + (random.NextDouble() - 0.5) * spreadDegrees, hotspot.Lat + (random.NextDouble() - 0.5) * spreadDegrees);
    }

    private int Pick((int Value, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return weighted[^1].Value;
    }

    public static IReadOnlyList<Hotspot> ReadHotspots(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => new Hotspot(
            f[0], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture))).ToList();
}
