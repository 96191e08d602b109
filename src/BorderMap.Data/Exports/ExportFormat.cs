namespace BorderMap.Data.Exports;

/// <summary>A file format incidents export to: its extension in the URL, its media type, and whether the writer streams.</summary>
public sealed record ExportFormat(string Extension, string MediaType, bool Streams)
{
    public static readonly ExportFormat GeoPackage = new("gpkg", "application/geopackage+sqlite3", Streams: false);
    public static readonly ExportFormat GeoJson = new("geojson", "application/geo+json", Streams: true);
    public static readonly ExportFormat ShapefileZip = new("shp.zip", "application/zip", Streams: false);
    public static readonly ExportFormat Kml = new("kml", "application/vnd.google-earth.kml+xml", Streams: true);
    public static readonly ExportFormat Csv = new("csv", "text/csv; charset=utf-8; header=present", Streams: true);
    /// <summary>The CSV with GDAL's .csvt (column types) and a .prj (EPSG:4326): typed points in QGIS.</summary>
    public static readonly ExportFormat CsvZip = new("csv.zip", "application/zip", Streams: true);
    /// <summary>ACLED's 31 columns in ACLED's order, then BorderMap's own (AcledExportRow).</summary>
    public static readonly ExportFormat AcledCsv = new("acled.csv", "text/csv; charset=utf-8; header=present", Streams: true);

    public static IReadOnlyList<ExportFormat> All { get; } = [GeoPackage, GeoJson, ShapefileZip, Kml, Csv, CsvZip, AcledCsv];

    public static ExportFormat? Find(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));

    public string FileName(string stem) => $"{stem}.{Extension}";
}
