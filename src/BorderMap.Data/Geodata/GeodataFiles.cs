using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geodata;
using BorderMap.Core.Incidents;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Data.Geodata;

/// <summary>Reads the committed geodata/ folder (see geodata/README.md for every column).</summary>
public static class GeodataFiles
{
    /// <summary>The files that make up the data, in the order they enter the version hash.</summary>
    public static readonly string[] Files =
    [
        "places.tsv", "place_names.tsv", "supplement.tsv", "admin_areas.tsv", "border_line.geojson",
        "border_segments.geojson", "crossings.tsv", "countries.geojson", "context_countries.geojson", "border_units.tsv",
        "villages.tsv",
    ];

    /// <summary>Rivers and lakes for the basemap (GSHHG): read with the rest, but not part of the version hash.</summary>
    public const string WaterFile = "water.geojson";

    /// <summary>
    /// The geodata folder: configured, beside the binaries (container images), in the checkout named
    /// by <c>BORDERMAP_HOME</c>, or the nearest <c>geodata/</c> above the binaries or the working
    /// directory (a checkout). Null when none holds places.tsv.
    /// </summary>
    public static string? Locate(string? configured)
    {
        var home = Environment.GetEnvironmentVariable("BORDERMAP_HOME") is { Length: > 0 } h ? Path.Combine(h, "geodata") : null;
        return new[] { configured, Path.Combine(AppContext.BaseDirectory, "geodata"), home }.FirstOrDefault(IsGeodata)
            ?? Above(AppContext.BaseDirectory) ?? Above(Directory.GetCurrentDirectory());

        static bool IsGeodata(string? folder) => folder is not null && File.Exists(Path.Combine(folder, "places.tsv"));

        static string? Above(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "geodata");
                if (IsGeodata(candidate)) return candidate;
            }
            return null;
        }
    }

    public static GeodataSet Read(string directory)
    {
        string PathOf(string file) => Path.Combine(directory, file);
        foreach (var file in Files)
        {
            if (!File.Exists(PathOf(file))) throw new FileNotFoundException($"geodata file {file} is missing from {directory}", PathOf(file));
        }

        var places = Tsv(PathOf("places.tsv")).Select(r => new Place(
            long.Parse(r["geonameid"], CultureInfo.InvariantCulture), r["name"], r["asciiname"],
            new GeoPoint(Number(r["lon"]), Number(r["lat"])), r["feature_class"][0], r["feature_code"], r["country"],
            Optional(r["admin1_code"]), Optional(r["admin1_name"]), Optional(r["admin2_code"]), Optional(r["admin2_name"]),
            long.Parse(r["population"], CultureInfo.InvariantCulture))).ToList();
        // Border villages and posts that cities500 lacks are places like the others (geo precision 1),
        // under BorderMap's own ids (900000001 and up), with the names and source the build wrote.
        var villages = Tsv(PathOf("villages.tsv")).ToList();
        places.AddRange(villages.Select(r => new Place(
            long.Parse(r["id"], CultureInfo.InvariantCulture), r["name"], r["asciiname"],
            new GeoPoint(Number(r["lon"]), Number(r["lat"])), r["feature_class"][0], r["feature_code"], r["country"],
            Optional(r["admin1_code"]), Optional(r["admin1_name"]), Optional(r["admin2_code"]), Optional(r["admin2_name"]), 0)));
        var admins = Tsv(PathOf("admin_areas.tsv")).Select(r => new AdminArea(
            r["code"], int.Parse(r["level"], CultureInfo.InvariantCulture), r["country"], r["admin1_code"], r["name"],
            Optional(r["alternate_names"])?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [],
            Optional(r["seat_geonameid"]) is { } seat ? long.Parse(seat, CultureInfo.InvariantCulture) : null,
            Optional(r["seat_name"]),
            Optional(r["lat"]) is null ? null : new GeoPoint(Number(r["lon"]), Number(r["lat"])),
            Optional(r["point_source"]))).ToList();

        var distances = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var r in Tsv(PathOf("places.tsv"))) distances[IndexIds.ForPlace(long.Parse(r["geonameid"], CultureInfo.InvariantCulture))] = OptionalNumber(r["border_distance_m"]);
        foreach (var r in Tsv(PathOf("admin_areas.tsv"))) distances[IndexIds.ForAdminArea(r["code"])] = OptionalNumber(r["border_distance_m"]);
        foreach (var r in villages) distances[IndexIds.ForPlace(long.Parse(r["id"], CultureInfo.InvariantCulture))] = Number(r["border_distance_m"]);

        var names = new List<GazetteerName>();
        names.AddRange(TruncatedNames.Drop(Tsv(PathOf("place_names.tsv")).Select(r => new GazetteerName(
            IndexIds.ForPlace(long.Parse(r["geonameid"], CultureInfo.InvariantCulture)), r["name"], Kind(r["kind"]), r["script"], "GeoNames"))));
        names.AddRange(Tsv(PathOf("supplement.tsv")).Select(r => new GazetteerName(
            IndexIds.ForTarget(r["target"]),
            r["name"], Kind(r["kind"]), r["script"], r["source"])));
        // Border detachments and frontier posts are names of their target (a place, or a district
        // for geo precision 2), as supplement.tsv's are; the build wrote every name to index.
        names.AddRange(Tsv(PathOf("border_units.tsv")).SelectMany(r => r["gazetteer_names"]
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => new GazetteerName(IndexIds.ForTarget(r["target"]), n, NameKind.Alternate, ScriptOf(n), r["source"]))));
        // A village's first name is its name; the others are alternates (Latin spellings, then Russian).
        names.AddRange(villages.SelectMany(r => r["gazetteer_names"].Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select((n, i) => new GazetteerName(IndexIds.ForPlace(long.Parse(r["id"], CultureInfo.InvariantCulture)), n,
                i == 0 ? NameKind.Official : NameKind.Alternate, ScriptOf(n), r["source"]))));
        foreach (var admin in admins)
        {
            names.Add(new GazetteerName(admin.IndexId, admin.Name, NameKind.Official, "Latn", "GeoNames"));
            names.AddRange(admin.AlternateNames.Select(n => new GazetteerName(admin.IndexId, n, NameKind.Alternate, "", "GeoNames")));
        }

        foreach (var r in Tsv(PathOf("crossings.tsv")))
            names.Add(new GazetteerName(IndexIds.ForCrossing(r["id"]), r["name"], NameKind.Official, "Latn", r["source"]));

        var line = (LineString)ReadFeatures(PathOf("border_line.geojson")).Single().Geometry;
        var segments = ReadFeatures(PathOf("border_segments.geojson")).Select((f, i) => new BorderSegment(
            (string)f.Attributes["id"], i + 1, (string)f.Attributes["name"],
            f.Attributes["tj_admin2_code"] as string, f.Attributes["tj_admin2_name"] as string,
            f.Attributes["af_admin2_code"] as string, f.Attributes["af_admin2_name"] as string,
            Convert.ToDouble(f.Attributes["from_m"], CultureInfo.InvariantCulture), Convert.ToDouble(f.Attributes["to_m"], CultureInfo.InvariantCulture),
            Convert.ToDouble(f.Attributes["length_m"], CultureInfo.InvariantCulture), (LineString)f.Geometry)).ToList();
        var crossings = Tsv(PathOf("crossings.tsv")).Select(r => new Crossing(
            r["id"], r["name"], r["kind"], Optional(r["tj_side"]), Optional(r["af_side"]), Optional(r["segment_id"]),
            new GeoPoint(Number(r["source_lon"]), Number(r["source_lat"])), new GeoPoint(Number(r["border_lon"]), Number(r["border_lat"])),
            Number(r["snap_distance_m"]), Optional(r["note"]), r["source"])).ToList();
        var countries = ReadFeatures(PathOf("countries.geojson")).Select(f => Country(f, "border"))
            .Concat(ReadFeatures(PathOf("context_countries.geojson")).Select(f => Country(f, "context"))).ToList();

        // the basemap's rivers and lakes are drawn, never geocoded against: they stay out of the version
        if (!File.Exists(PathOf(WaterFile))) throw new FileNotFoundException($"geodata file {WaterFile} is missing from {directory}", PathOf(WaterFile));
        var water = ReadFeatures(PathOf(WaterFile)).Select(f => new WaterFeature(
            (string)f.Attributes["kind"], f.Attributes.Exists("class") ? Convert.ToInt32(f.Attributes["class"], CultureInfo.InvariantCulture) : null, f.Geometry)).ToList();

        return new GeodataSet(Hash(directory), places, admins, names, distances, line, segments, crossings, countries, water);
    }

    /// <summary>SHA-256 over each file's name and bytes, in <see cref="Files"/> order.</summary>
    public static string Hash(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The match keys stored beside the names change with the folding rules, so a new rule reloads them.
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"match keys {Core.Gazetteer.VariantFolder.RulesVersion}\n"));
        foreach (var file in Files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static CountryShape Country(IFeature f, string role) => new(
        (string)f.Attributes["country"], (string)f.Attributes["name"], role, (string)f.Attributes["source"],
        f.Geometry as MultiPolygon ?? new MultiPolygon([(Polygon)f.Geometry]));

    private static NameKind Kind(string kind) => kind switch
    {
        "name" => NameKind.Official,
        "asciiname" or "transliterated" => NameKind.Transliterated,
        "historic" or "renamed" => NameKind.Historic,
        _ => NameKind.Alternate,
    };

    private static string ScriptOf(string name) => name.Any(c => c is >= '\u0400' and <= '\u04FF') ? "Cyrl" : "Latn";

    private static FeatureCollection ReadFeatures(string path)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"{path} is not a GeoJSON FeatureCollection");
    }

    private static IEnumerable<Dictionary<string, string>> Tsv(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length != header.Length)
                throw new InvalidDataException($"{path}: a row has {cells.Length} cells, the header {header.Length}: {line}");
            yield return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
    private static double? OptionalNumber(string value) => value.Length == 0 ? null : Number(value);
}
