using BorderMap.Core.Analytics;
using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Styles;
using BorderMap.Rendering.Widgets;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Scenes;

/// <summary>
/// The heatmap map of a brief, composed from <see cref="HeatmapMapContent"/>: countries, border
/// line, segments and crossings when the geodata is loaded, the UTM 42N heatmap raster, incident
/// points by event type, and title, date range, legend, scale bar and attribution.
/// </summary>
public static class HeatmapMapScene
{
    private static readonly SKColor s_land = new(0xF4, 0xF1, 0xEA);
    private static readonly VectorStyle s_country = new() { Fill = new SKColor(0xE6, 0xE1, 0xD3), Outline = new SKColor(0xA8, 0x9F, 0x8A), OutlineWidth = 0.8f };
    private static readonly VectorStyle s_borderHalo = new() { Outline = SKColors.White, OutlineWidth = 4.5f };
    private static readonly VectorStyle s_border = new() { Outline = new SKColor(0x5B, 0x3A, 0x7A), OutlineWidth = 2f, Dash = [8f, 4f] };
    private static readonly VectorStyle s_segment = new() { Outline = new SKColor(0x5B, 0x3A, 0x7A, 0x80), OutlineWidth = 5f };
    private static readonly SymbolStyle s_crossing = new() { SymbolType = SymbolType.Rectangle, Size = 8f, Fill = SKColors.White, Outline = new SKColor(0x5B, 0x3A, 0x7A), OutlineWidth = 1.5f };
    private static readonly RasterStyle s_heat = new();

    public static Map Build(HeatmapMapContent content, MapRequest request)
    {
        var area = content.Area;
        var map = new Map(Viewport.FitLonLatBounds(area.MinLon, area.MinLat, area.MaxLon, area.MaxLat, request.Width, request.Height, paddingPixels: 0))
        {
            BackColor = s_land,
        };
        var backdrop = content.Backdrop;
        map.Layers.Add(Shapes("countries", backdrop.Countries, s_country));
        map.Layers.Add(Shapes("segments", backdrop.Segments, s_segment));
        map.Layers.Add(Shapes("border", backdrop.BorderLine, new StyleCollection(s_borderHalo, s_border)));
        if (content.Heatmap.Max > 0) map.Layers.Add(new RasterLayer("heatmap", Grid(content.Heatmap), s_heat));
        map.Layers.Add(Shapes("crossings", backdrop.Crossings, s_crossing));
        map.Layers.Add(new MemoryLayer("incidents",
            content.Incidents.Select(i => new GeometryFeature(new Point(i.Lon, i.Lat),
                new Dictionary<string, object?> { [IncidentStyles.EventTypeAttribute] = i.EventType })),
            IncidentStyles.ByEventType()));

        map.Widgets.Add(new TitleWidget(Title("Incident density on the Tajik–Afghan border", content.Summary), DateRange(request, content.Summary)));
        List<LegendEntry> legend = [.. IncidentStyles.LegendEntries(), new("Incident density (quartic KDE, 10 km)", s_heat)];
        if (backdrop.Crossings.Count > 0) legend.Add(new LegendEntry("Border crossing", s_crossing));
        map.Widgets.Add(new LegendWidget("Event type", legend) { HorizontalAlignment = HorizontalAlignment.Right, VerticalAlignment = VerticalAlignment.Bottom, Margin = 28f });
        map.Widgets.Add(new ScaleBarWidget());
        map.Widgets.Add(new NorthArrowWidget());
        map.Widgets.Add(new AttributionWidget());
        return map;
    }

    /// <summary>A title that says so when synthetic incidents are shown: they must never pass for real ones.</summary>
    public static string Title(string title, IncidentSummary summary) => summary.AnySynthetic ? $"{title} — SYNTHETIC DATA" : title;

    public static string DateRange(MapRequest request, IncidentSummary summary) =>
        (request.Filter.From ?? summary.First, request.Filter.To ?? summary.Last) is ({ } from, { } to)
            ? TitleWidget.DateRange(from, to)
            : "No incidents match";

    private static MemoryLayer Shapes(string name, IReadOnlyList<MapShape> shapes, IStyle style) =>
        new(name, shapes.Select(s => new GeometryFeature(s.Geometry, new Dictionary<string, object?> { ["name"] = s.Name })), style);

    private static HeatmapGrid Grid(Heatmap heatmap)
    {
        var g = heatmap.Grid;
        var values = new float[heatmap.Values.Length];
        for (var i = 0; i < values.Length; i++) values[i] = (float)heatmap.Values[i];
        return new HeatmapGrid(g.Columns, g.Rows, values, new Envelope(g.MinX, g.MaxX, g.MinY, g.MaxY), GridCrs.Utm42N);
    }
}
