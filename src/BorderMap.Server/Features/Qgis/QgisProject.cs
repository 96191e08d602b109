using System.Globalization;
using System.Xml.Linq;
using BorderMap.Data.Analytics;
using BorderMap.Rendering.Styles;

namespace BorderMap.Server.Features.Qgis;

/// <summary>
/// A QGIS project (.qgs, QGIS 3.22's XML) whose layers all point at the server that wrote it: the
/// incidents, border segments and crossings over its OGC API – Features (asking only for the view's
/// extent, 1,000 a page), incidents styled by event type in the viewer's colours; the heatmap GeoTIFF
/// over the border region; and the border line as GeoJSON. Nothing is copied into the file, so
/// the project shows the data as it is when opened.
/// </summary>
internal static class QgisProject
{
    public const string MediaType = "application/x-qgis-project";

    /// <summary>The heatmap the project shows: the whole border region, 1 km cells, a 10 km quartic kernel, raw counts.</summary>
    public const string HeatmapQuery = "format=tiff&pixelM=1000&radiusM=10000&kernel=quartic&output=raw";

    /// <summary>The heatmap ramp's top, in kernel-weighted incidents (raw output: one incident at the cell centre is 1).</summary>
    private const double HeatmapRampTop = 20;

    public static XDocument For(string origin)
    {
        var region = Analyses.BorderRegion;
        var bbox = FormattableString.Invariant($"{region.MinLon},{region.MinLat},{region.MaxLon},{region.MaxLat}");
        var ogc = $"{origin}/ogc";
        Layer[] layers =
        [
            new("incidents", "Incidents", "vector", "Point", "OAPIF", Oapif(ogc, "incidents"), IncidentRenderer()),
            new("crossings", "Border crossings", "vector", "Point", "OAPIF", Oapif(ogc, "crossings"),
                SingleSymbol(Marker("255,255,255,255", "34,34,34,255", 2.4))),
            new("border_segments", "Border segments", "vector", "Line", "OAPIF", Oapif(ogc, "border_segments"),
                SingleSymbol(Line(IncidentPalette.Qgis(IncidentPalette.Segment), 1.8, "0.35"))),
            new("border_line", "Tajik–Afghan border", "vector", "Line", "ogr", $"{origin}/api/v1/border/line",
                SingleSymbol(Line(IncidentPalette.Qgis(IncidentPalette.Border), 0.6, "1"))),
            new("heatmap", "Heatmap (10 km quartic, all dates)", "raster", null, "gdal",
                $"/vsicurl/{origin}/api/v1/analytics/heatmap?{HeatmapQuery}&bbox={bbox}", HeatmapPipe()),
        ];

        return new XDocument(
            new XDocumentType("qgis", "http://mrcc.com/qgis.dtd", "SYSTEM", null),
            new XElement("qgis", new XAttribute("projectname", "BorderMap"), new XAttribute("version", "3.22.16-Białowieża"),
                new XElement("homePath", new XAttribute("path", "")),
                new XElement("title", "BorderMap — Tajik–Afghan border incidents"),
                new XElement("projectCrs", Crs("EPSG:4326")),
                new XElement("layer-tree-group", layers.Select(l => new XElement("layer-tree-layer",
                    new XAttribute("id", l.Id), new XAttribute("name", l.Name), new XAttribute("source", l.Source),
                    new XAttribute("providerKey", l.Provider), new XAttribute("checked", "Qt::Checked"), new XAttribute("expanded", "1")))),
                new XElement("projectlayers", layers.Select(MapLayer)),
                new XElement("properties",
                    new XElement("WMSServiceTitle", new XAttribute("type", "QString"), "BorderMap"),
                    new XElement("BorderMap", new XElement("origin", new XAttribute("type", "QString"), origin)))));
    }

    private sealed record Layer(string Id, string Name, string Type, string? Geometry, string Provider, string Source, XElement Style);

    private static XElement MapLayer(Layer l)
    {
        var layer = new XElement("maplayer", new XAttribute("type", l.Type),
            new XElement("id", l.Id), new XElement("datasource", l.Source), new XElement("layername", l.Name),
            new XElement("srs", Crs(l.Type == "raster" ? "EPSG:32642" : "EPSG:4326")),
            new XElement("provider", new XAttribute("encoding", "UTF-8"), l.Provider),
            l.Style);
        if (l.Geometry is not null) layer.Add(new XAttribute("geometry", l.Geometry));
        return layer;
    }

    /// <summary>QGIS's OAPIF data source: only the view's extent is requested (README: the setting to tick), 1,000 a page.</summary>
    private static string Oapif(string url, string collection) =>
        $"pageSize='1000' pagingEnabled='true' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='1' srsname='EPSG:4326' typename='{collection}' url='{url}' version='OGC_API_FEATURES'";

    private static XElement Crs(string authid) => new("spatialrefsys", new XElement("authid", authid));

    private static XElement IncidentRenderer()
    {
        var symbols = IncidentPalette.EventTypes.Select((t, i) => Marker(IncidentPalette.Qgis(t.Colour), "31,31,31,255", 2.6, i.ToString(CultureInfo.InvariantCulture)));
        return new XElement("renderer-v2", new XAttribute("type", "categorizedSymbol"), new XAttribute("attr", IncidentStyles.EventTypeAttribute),
            new XAttribute("symbollevels", "0"), new XAttribute("enableorderby", "0"), new XAttribute("forceraster", "0"),
            new XElement("categories", IncidentPalette.EventTypes.Select((t, i) => new XElement("category",
                new XAttribute("value", t.Type.Code), new XAttribute("label", t.Type.Label),
                new XAttribute("symbol", i.ToString(CultureInfo.InvariantCulture)), new XAttribute("render", "true")))),
            new XElement("symbols", symbols));
    }

    private static XElement SingleSymbol(XElement symbol) =>
        new("renderer-v2", new XAttribute("type", "singleSymbol"), new XAttribute("symbollevels", "0"), new XAttribute("forceraster", "0"),
            new XElement("symbols", symbol));

    private static XElement Marker(string fill, string outline, double sizeMm, string name = "0") =>
        Symbol("marker", name, "1", "SimpleMarker",
            ("name", "circle"), ("color", fill), ("outline_color", outline), ("outline_width", "0.2"), ("size", Mm(sizeMm)), ("size_unit", "MM"));

    private static XElement Line(string colour, double widthMm, string alpha) =>
        Symbol("line", "0", alpha, "SimpleLine", ("line_color", colour), ("line_width", Mm(widthMm)), ("line_width_unit", "MM"), ("capstyle", "round"));

    private static XElement Symbol(string type, string name, string alpha, string layerClass, params (string Name, string Value)[] options) =>
        new("symbol", new XAttribute("type", type), new XAttribute("name", name), new XAttribute("alpha", alpha),
            new XAttribute("clip_to_extent", "1"), new XAttribute("force_rhr", "0"),
            new XElement("layer", new XAttribute("class", layerClass), new XAttribute("enabled", "1"), new XAttribute("pass", "0"), new XAttribute("locked", "0"),
                new XElement("Option", new XAttribute("type", "Map"), options.Select(o =>
                    new XElement("Option", new XAttribute("name", o.Name), new XAttribute("value", o.Value), new XAttribute("type", "QString"))))));

    /// <summary>
    /// The renderer's heat ramp over 0 to <see cref="HeatmapRampTop"/> kernel-weighted incidents, its first
    /// stop transparent; nodata (0: no incident within the radius) is transparent anyway.
    /// </summary>
    private static XElement HeatmapPipe()
    {
        var top = HeatmapRampTop.ToString(CultureInfo.InvariantCulture);
        var items = ColorRamp.Heat.Stops.Select(s => new XElement("item",
            new XAttribute("value", (s.Position * HeatmapRampTop).ToString("0.###", CultureInfo.InvariantCulture)),
            new XAttribute("color", IncidentPalette.Hex(s.Color)), new XAttribute("alpha", s.Color.Alpha.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("label", (s.Position * HeatmapRampTop).ToString("0.#", CultureInfo.InvariantCulture))));
        return new XElement("pipe",
            new XElement("rasterrenderer", new XAttribute("type", "singlebandpseudocolor"), new XAttribute("band", "1"),
                new XAttribute("opacity", "0.75"), new XAttribute("alphaBand", "-1"),
                new XAttribute("classificationMin", "0"), new XAttribute("classificationMax", top),
                new XElement("rastershader", new XElement("colorrampshader", new XAttribute("colorRampType", "INTERPOLATED"),
                    new XAttribute("classificationMode", "1"), new XAttribute("clip", "0"),
                    new XAttribute("minimumValue", "0"), new XAttribute("maximumValue", top), items))));
    }

    private static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
