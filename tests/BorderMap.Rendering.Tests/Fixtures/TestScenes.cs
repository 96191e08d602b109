using BorderMap.Core.Incidents;
using BorderMap.Rendering.Layers;
using BorderMap.Rendering.Projections;
using BorderMap.Rendering.Styles;
using BorderMap.Rendering.Widgets;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using SkiaSharp;

namespace BorderMap.Rendering.Tests.Fixtures;

/// <summary>
/// Made-up scenes for renderer tests. Nothing here is geodata or a real incident: the polygon is a
/// square, the line a zig-zag, and every point is labelled as a test fixture.
/// </summary>
internal static class TestScenes
{
    public const int Width = 960;
    public const int Height = 640;

    private static readonly WKTReader s_wkt = new();

    /// <summary>Test fixture incidents: one per event type plus an unclassified one, at fixed places.</summary>
    public static readonly (string Name, string? EventType, double Lon, double Lat)[] Incidents =
    [
        ("Fixture A", EventType.Battles.Code, 68.60, 37.55),
        ("Fixture B", EventType.ExplosionsRemoteViolence.Code, 69.20, 37.25),
        ("Fixture C", EventType.ViolenceAgainstCivilians.Code, 69.80, 37.70),
        ("Fixture D", EventType.Protests.Code, 70.30, 37.35),
        ("Fixture E", EventType.Riots.Code, 70.75, 37.90),
        ("Fixture F", EventType.StrategicDevelopments.Code, 69.45, 37.95),
        ("Fixture G", null, 68.95, 37.05),
    ];

    public static Viewport Viewport() => Rendering.Viewport.FitLonLatBounds(68.0, 36.8, 71.2, 38.2, Width, Height, paddingPixels: 20);

    public static Geometry Wkt(string wkt) => s_wkt.Read(wkt);

    /// <summary>A made-up square "area" and a zig-zag "line" standing in for basemap and border layers.</summary>
    public static Map VectorScene()
    {
        var map = new Map(Viewport()) { BackColor = new SKColor(0xF4, 0xF1, 0xEA) };
        map.Layers.Add(new MemoryLayer("fixture-area",
            [new GeometryFeature(Wkt("POLYGON ((68.3 36.9, 69.9 36.9, 69.9 38.1, 68.3 38.1, 68.3 36.9), (68.9 37.3, 69.3 37.3, 69.3 37.6, 68.9 37.6, 68.9 37.3))"))],
            new VectorStyle { Fill = new SKColor(0xE2, 0xDC, 0xCB), Outline = new SKColor(0x9A, 0x90, 0x7A), OutlineWidth = 1f }));
        map.Layers.Add(new MemoryLayer("fixture-line",
            [new GeometryFeature(Wkt("LINESTRING (68.1 37.2, 68.8 37.4, 69.5 37.1, 70.2 37.6, 70.9 37.5, 71.1 38.0)"))],
            new StyleCollection(
                new VectorStyle { Outline = SKColors.White, OutlineWidth = 5f },
                new VectorStyle { Outline = new SKColor(0x5B, 0x3A, 0x7A), OutlineWidth = 2f, Dash = [8f, 4f] })));
        return map;
    }

    public static MemoryLayer IncidentLayer() => new("fixture-incidents",
        Incidents.Select(i => new GeometryFeature(
            new Point(i.Lon, i.Lat),
            new Dictionary<string, object?> { ["name"] = i.Name, [IncidentStyles.EventTypeAttribute] = i.EventType })),
        new StyleCollection(IncidentStyles.ByEventType(), new LabelStyle("name") { FontSize = 11f }));

    /// <summary>The full analyst map: vector layers, incidents with labels, every widget.</summary>
    public static Map IncidentScene()
    {
        var map = VectorScene();
        map.Layers.Add(IncidentLayer());
        AddWidgets(map, "TEST FIXTURE — renderer scene, not real incidents");
        return map;
    }

    /// <summary>A 3857-aligned heatmap grid over the vector scene, with incidents on top.</summary>
    public static Map HeatmapScene()
    {
        var map = VectorScene();
        var heat = new RasterStyle();
        map.Layers.Add(new RasterLayer("fixture-heat", WebMercatorGrid(), heat));
        map.Layers.Add(IncidentLayer());
        AddWidgets(map, "TEST FIXTURE — heatmap scene, not real incidents", new LegendEntry("Incident density", heat));
        return map;
    }

    /// <summary>The same kind of grid computed in UTM 42N, resampled onto the map.</summary>
    public static Map UtmHeatmapScene()
    {
        var map = VectorScene();
        map.Layers.Add(new RasterLayer("fixture-heat-utm", UtmGrid(), new RasterStyle()));
        AddWidgets(map, "TEST FIXTURE — UTM 42N heatmap scene");
        return map;
    }

    /// <summary>
    /// 24×16 cells over lon 68.4–70.8, lat 37.0–38.0 in EPSG:3857: a made-up bump of "density"
    /// centred near Fixture C, zero everywhere it falls below a threshold.
    /// </summary>
    public static HeatmapGrid WebMercatorGrid()
    {
        var (minX, minY) = SphericalMercator.FromLonLat(68.4, 37.0);
        var (maxX, maxY) = SphericalMercator.FromLonLat(70.8, 38.0);
        return Bump(24, 16, new Envelope(minX, maxX, minY, maxY), GridCrs.WebMercator);
    }

    /// <summary>20×12 cells of 10 km in UTM 42N (EPSG:32642), same made-up bump.</summary>
    public static HeatmapGrid UtmGrid() =>
        Bump(20, 12, new Envelope(460_000, 660_000, 4_100_000, 4_220_000), GridCrs.Utm42N);

    public static void AddWidgets(Map map, string title, params LegendEntry[] extraLegendEntries)
    {
        map.Widgets.Add(new TitleWidget(title, TitleWidget.DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))));
        map.Widgets.Add(new LegendWidget("Event type", [.. IncidentStyles.LegendEntries(), new LegendEntry("Unclassified", IncidentStyles.Unclassified), .. extraLegendEntries])
        {
            HorizontalAlignment = HorizontalAlignment.Right,
            VerticalAlignment = VerticalAlignment.Bottom,
            Margin = 28f,
        });
        map.Widgets.Add(new ScaleBarWidget());
        map.Widgets.Add(new NorthArrowWidget());
        map.Widgets.Add(new AttributionWidget());
    }

    private static HeatmapGrid Bump(int columns, int rows, Envelope extent, GridCrs crs)
    {
        var values = new float[columns * rows];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var dx = (c + 0.5) / columns - 0.55;
                var dy = (r + 0.5) / rows - 0.4;
                var v = Math.Exp(-(dx * dx + dy * dy) / 0.03) * 10 + Math.Exp(-((dx + 0.35) * (dx + 0.35) + (dy - 0.3) * (dy - 0.3)) / 0.01) * 4;
                values[r * columns + c] = v < 0.5 ? 0f : (float)Math.Round(v, 2);
            }
        }

        return new HeatmapGrid(columns, rows, values, extent, crs);
    }
}
