using System.IO.Compression;
using System.Text;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Exports;

/// <summary>Every export format, downloaded and opened by GDAL's ogrinfo as QGIS would open it.</summary>
public sealed class ExportsTests(GisApp gis) : IClassFixture<GisApp>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bordermap-export-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("gpkg", "fatalities", "Integer")]
    [InlineData("geojson", "geo_precision", "Integer")]
    [InlineData("shp.zip", "fatalities", "Integer")]
    [InlineData("kml", "timestamp", "DateTime")]
    [InlineData("csv", "geo_precision", "Integer")]
    [InlineData("csv.zip", "geo_precision", "Integer")]
    public async Task Ogrinfo_opens_every_format_with_all_incidents_as_wgs84_points(string format, string field, string type)
    {
        var (source, layer) = GdalSource(format, await DownloadAsync($"incidents.{format}"));
        var info = await Ogrinfo.LayerAsync(source, layer, CsvOptions(format));
        Assert.Equal(GisApp.Incidents, info.FeatureCount);
        Assert.True(info.GeometryType is "Point" or "Unknown (any)", info.GeometryType); // KML and CSV layers do not declare one
        if (format != "csv") Assert.Contains("WGS 84", info.Srs); // a bare CSV cannot carry a CRS; its lon/lat/wkt are WGS 84
        Assert.Equal(type, info.FieldTypes[field]);
        if (format != "kml")
        {
            Assert.Equal("Date", info.FieldTypes["date"]);
            var first = await Ogrinfo.FeaturesAsync(source, layer, [.. CsvOptions(format), "-where", $"{(format == "gpkg" ? "fid" : "id")} = 1"]);
            Assert.Contains("POINT (70 37)", first);
            Assert.Contains("Place 1 – Хорог", first);
        }
    }

    /// <summary>Each format's field types as ogrinfo reads them: integers, reals, dates, date-times and booleans where it can hold them.</summary>
    public static TheoryData<string, string[]> TypedFields => new()
    {
        { "gpkg", ["uncertainty_m:Integer", "fatalities:Integer", "injured:Integer", "confidence:Real", "date:Date", "published_at:DateTime", "updated_at:DateTime", "synthetic:Integer(Boolean)"] },
        { "geojson", ["uncertainty_m:Integer", "fatalities:Integer", "injured:Integer", "confidence:Real", "date:Date", "published_at:DateTime", "updated_at:DateTime", "synthetic:Integer(Boolean)"] },
        // DBF has dates but no date-times: the day as a date, the exact time as text beside it. A DBF
        // logical is read as Integer(Boolean) from GDAL 3.9 (its pull request 9515), as T/F text before
        { "shp.zip", ["uncert_m:Integer", "fatalities:Integer", "injured:Integer", "confidence:Real", "date:Date", "published:Date", "updated:Date", "publ_utc:String", "upd_utc:String", "synthetic:Integer(Boolean)|String"] },
        // KML's Schema types are int, float, double, bool and string: dates are text, booleans integers
        { "kml", ["uncertainty_m:Integer", "fatalities:Integer", "injured:Integer", "confidence:Real", "id:Integer", "source_url:String", "synthetic:Integer"] },
        { "csv", ["uncertainty_m:Integer", "fatalities:Integer", "confidence:Real", "date:Date"] },
        // the .csvt types every column, even one empty in every row, and the .prj gives the CRS
        { "csv.zip", ["id:Integer64", "uncertainty_m:Integer", "fatalities:Integer", "injured:Integer", "confidence:Real", "date:Date", "published_at:DateTime", "updated_at:DateTime", "synthetic:Integer(Boolean)", "border_side:String"] },
    };

    [Theory]
    [MemberData(nameof(TypedFields))]
    public async Task Every_format_carries_typed_fields_and_the_uncertainty_radius(string format, string[] expected)
    {
        // values in every row: a column that is always empty has no type GeoJSON or a bare CSV could show
        await gis.ExecuteAsync("""
            UPDATE incidents SET uncertainty_m = 1000 + id, confidence = 0.5, injured = id % 3, published_at = '2024-05-02 10:00:00+00'
            WHERE uncertainty_m IS NULL
            """);
        var (source, layer) = GdalSource(format, await DownloadAsync($"incidents.{format}"));
        var options = format == "csv" ? ["-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "AUTODETECT_TYPE=YES"] : Array.Empty<string>();
        var info = await Ogrinfo.LayerAsync(source, layer, options);
        foreach (var pair in expected)
        {
            var (field, type) = (pair.Split(':')[0], pair.Split(':', 2)[1]);
            Assert.True(info.FieldTypes.TryGetValue(field, out var actual), $"{format}: no {field} in {string.Join(", ", info.FieldTypes)}");
            Assert.True(type.Split('|').Contains(actual), $"{format}: {field} is {actual}, expected {type}");
        }
        if (format is "csv" or "csv.zip")
            Assert.Equal("Point", info.GeometryType); // longitude/latitude columns read as points
        if (format == "csv.zip")
            Assert.Contains("ID[\"EPSG\",4326]", info.Srs); // no open option needed: the .csvt and .prj say it all
    }

    [Fact]
    public async Task The_geopackage_has_a_spatial_index_date_time_columns_and_the_border_layers()
    {
        var path = await DownloadAsync("incidents.gpkg");
        var incidents = await Ogrinfo.LayerAsync(path, "incidents");
        Assert.Equal("DateTime", incidents.FieldTypes["published_at"]);
        Assert.Equal("DateTime", incidents.FieldTypes["updated_at"]);
        var indexed = await Ogrinfo.RunAsync(["-ro", "-q", path, "-sql", "SELECT HasSpatialIndex('incidents', 'geom')"]);
        Assert.Contains("HasSpatialIndex (Integer) = 1", indexed);

        var segments = await Ogrinfo.LayerAsync(path, "border_segments");
        Assert.Equal(2, segments.FeatureCount);
        Assert.Equal("Line String", segments.GeometryType);
        var crossings = await Ogrinfo.LayerAsync(path, "crossings");
        Assert.Equal(2, crossings.FeatureCount);
        Assert.Equal("Point", crossings.GeometryType);
    }

    [Fact]
    public async Task The_geopackage_spatial_index_finds_the_incidents_postgis_finds_in_a_box()
    {
        var path = await DownloadAsync("incidents.gpkg");
        // The box's edges lie between the fixture's grid points, so float32 R*Tree bounds cannot tip a point in or out.
        var expected = await gis.ScalarAsync("SELECT count(*) FROM incidents WHERE geom && ST_MakeEnvelope(70.1, 37.1, 70.3, 37.3, 4326)");
        Assert.InRange(expected, 1, GisApp.Incidents - 1);
        var boxed = await Ogrinfo.LayerAsync(path, "incidents", "-spat", "70.1", "37.1", "70.3", "37.3");
        Assert.Equal(expected, boxed.FeatureCount);
    }

    [Fact]
    public async Task An_incident_moved_by_gdal_is_found_by_the_spatial_index_at_its_new_place()
    {
        // As when an analyst edits the layer in QGIS: the R*Tree extension's triggers must move its index entry.
        var path = await DownloadAsync("incidents.gpkg");
        await Ogrinfo.RunAsync(["-q", path, "-sql", "UPDATE incidents SET geom = (SELECT geom FROM crossings WHERE crossing_id = 'panj-bridge') WHERE fid = 1"]);
        var atBridge = await Ogrinfo.LayerAsync(path, "incidents", "-spat", "68.47", "37.19", "68.49", "37.21");
        Assert.Equal(1, atBridge.FeatureCount);
    }

    [Fact]
    public async Task The_shapefile_zip_holds_shp_shx_dbf_prj_and_a_utf8_cpg()
    {
        var path = await DownloadAsync("incidents.shp.zip");
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["incidents.cpg", "incidents.dbf", "incidents.prj", "incidents.shp", "incidents.shx"], zip.Entries.Select(e => e.Name).Order());
        using var cpg = new StreamReader(zip.GetEntry("incidents.cpg")!.Open());
        Assert.Equal("UTF-8", (await cpg.ReadToEndAsync()).Trim(), ignoreCase: true);
        var fields = (await Ogrinfo.LayerAsync("/vsizip/" + path, "incidents")).FieldTypes.Keys;
        Assert.All(fields, f => Assert.True(f.Length <= 10, f));
        Assert.Contains("bord_dist", fields);

        // the DBF's own field types (dBASE III descriptors from byte 32, 32 bytes each: name, then type)
        using var dbf = new MemoryStream();
        await using (var entry = zip.GetEntry("incidents.dbf")!.Open()) await entry.CopyToAsync(dbf);
        var header = dbf.ToArray();
        var types = new Dictionary<string, char>();
        for (var at = 32; header[at] != 0x0D; at += 32)
            types[Encoding.ASCII.GetString(header, at, 11).TrimEnd('\0')] = (char)header[at + 11];
        Assert.Equal('L', types["synthetic"]);
        Assert.Equal('D', types["date"]);
        Assert.Equal('D', types["published"]);
        Assert.Equal('D', types["updated"]);
        Assert.Equal('N', types["injured"]);
        Assert.Equal('C', types["publ_utc"]);
    }

    [Fact]
    public async Task The_kml_stamps_every_placemark_with_its_date_and_styles_it_by_event_type()
    {
        var kml = await File.ReadAllTextAsync(await DownloadAsync("incidents.kml"));
        Assert.Equal(GisApp.Incidents, CountOf(kml, "<TimeStamp><when>"));
        Assert.Contains("<TimeStamp><when>2020-01-01</when></TimeStamp><styleUrl>#battles</styleUrl>", kml);
        Assert.Equal(6, CountOf(kml, "<Style id="));
    }

    [Fact]
    public async Task The_csv_has_crlf_records_lon_lat_and_wkt()
    {
        var csv = await File.ReadAllTextAsync(await DownloadAsync("incidents.csv"), Encoding.UTF8);
        var lines = csv.Split("\r\n");
        Assert.Equal(GisApp.Incidents + 2, lines.Length); // header, rows, and the empty string after the last CRLF
        Assert.EndsWith("longitude,latitude,wkt", lines[0]);
        Assert.EndsWith(",70,37,POINT (70 37)", lines[1]);
    }

    [Fact]
    public async Task No_csv_text_cell_starts_a_spreadsheet_formula()
    {
        // OWASP's CSV-injection cases in every free-text column an editor or an import can fill.
        string[] attacks = ["=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1+cmd|' /C calc'!A0", "+SUM(1;2)", "@SUM(1+1)", "\t=1+1", "-2+3", "\r=2"];
        const string Marker = "csv injection test";
        try
        {
            foreach (var attack in attacks)
            {
                await gis.ExecuteAsync($"""
                    INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, place_name, notes, source, created_by, updated_by)
                    VALUES ('2022-05-08', 'riots', ST_SetSRID(ST_MakePoint(70.5, 37.5), 4326), 1, '{attack.Replace("'", "''")}', '{attack.Replace("'", "''")}', '{Marker}', 'test', 'test')
                    """);
            }
            var path = await DownloadAsync("incidents.csv");
            using var reader = CsvHelper.CsvReader.Create(new StreamReader(path, Encoding.UTF8), null, false);
            var cells = new List<string>();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(reader.GetString(i));
            }
            Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"x\")", cells);
            Assert.Contains("'-2+3", cells);
            var formulas = cells.Where(c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
                && !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
            Assert.True(formulas.Count == 0, "cells a spreadsheet would run: " + string.Join(" | ", formulas));
        }
        finally
        {
            await gis.ExecuteAsync($"DELETE FROM incidents WHERE source = '{Marker}'");
        }
    }

    [Theory]
    [InlineData("geojson")]
    [InlineData("gpkg")]
    public async Task Exports_take_the_incident_list_filters(string format)
    {
        var expected = await gis.ScalarAsync("SELECT count(*) FROM incidents WHERE event_type = 'riots' AND country = 'TJ' AND occurred_on BETWEEN '2021-01-01' AND '2021-12-31'");
        var path = await DownloadAsync($"incidents.{format}?types=riots&country=TJ&from=2021-01-01&to=2021-12-31");
        var info = await Ogrinfo.LayerAsync(path, format == "gpkg" ? "incidents" : Path.GetFileNameWithoutExtension(path));
        Assert.Equal(expected, info.FeatureCount);
    }

    [Theory]
    [InlineData("incidents.xlsx", 404, null)]
    [InlineData("incidents.csv?bbox=70,37,71", 400, "bbox")]
    [InlineData("incidents.csv?limit=10", 400, "limit")]
    [InlineData("incidents.gpkg?types=picnic", 400, "types")]
    [InlineData("incidents.kml?from=yesterday", 400, "from")]
    [InlineData("incidents.csv%2F..%2F..%2Fetc%2Fpasswd", 404, null)]
    [InlineData("incidents..%2F..%2Fappsettings.json", 404, null)]
    [InlineData("incidents.csv?types=%FF%FE", 400, "types")]
    [InlineData("incidents.csv?cursor=abc", 400, "cursor")]
    [InlineData("incidents.csv?near=70,37&radiusKm=501", 400, "radiusKm")]
    [InlineData("incidents.geojson?bbox=-180,-90,180,1e308", 400, "bbox")]
    [InlineData("incidents.csv?country=TJ%27%3B%20DROP%20TABLE%20incidents%3B--", 400, "country")]
    [InlineData("incidents.shp.zip?maxRows=10000000", 400, "maxRows")]
    public async Task A_bad_export_request_is_answered_with_a_problem(string url, int status, string? parameter)
    {
        using var response = await gis.Client.GetAsync($"/api/v1/exports/{url}");
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.ProblemAsync();
        if (parameter is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    private async Task<string> DownloadAsync(string url)
    {
        using var response = await gis.Client.GetAsync($"/api/v1/exports/{url}", HttpCompletionOption.ResponseHeadersRead);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var name = url.Split('?')[0];
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}-{name}");
        await using (var file = File.Create(path))
            await response.Content.CopyToAsync(file);
        return path;
    }

    /// <summary>What GDAL opens for a downloaded file, and its incidents layer: zips through /vsizip/, the CSV inside its zip by name.</summary>
    private static (string Source, string Layer) GdalSource(string format, string path) => format switch
    {
        "gpkg" => (path, "incidents"),
        "shp.zip" => ("/vsizip/" + path, "incidents"),
        "csv.zip" => ($"/vsizip/{path}/incidents.csv", "incidents"),
        "kml" => (path, "BorderMap incidents"),
        _ => (path, Path.GetFileNameWithoutExtension(path)),
    };

    private static string[] CsvOptions(string format) =>
        format == "csv" ? ["-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES"] : [];

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
