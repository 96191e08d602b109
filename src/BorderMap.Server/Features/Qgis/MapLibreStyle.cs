using System.Text.Json.Nodes;
using BorderMap.Data.Tiles;

namespace BorderMap.Server.Features.Qgis;

/// <summary>
/// A MapLibre style (version 8) for the incidents vector tiles, coloured as the viewer, that QGIS
/// 3.22 imports (Layer Properties ▸ Symbology ▸ Style ▸ Load Style ▸ MapLibre/Mapbox GL). Kept to
/// what QGIS's converter reads: circle and symbol layers, legacy <c>has</c> filters, a
/// <c>match</c> on <c>event_type</c>, which clusters carry too (their most frequent type).
/// </summary>
internal static class MapLibreStyle
{
    public static JsonObject For(string origin)
    {
        var colourByType = new JsonArray { "match", new JsonArray { "get", "event_type" } };
        foreach (var (type, colour) in IncidentPalette.EventTypes)
        {
            colourByType.Add(type.Code);
            colourByType.Add(IncidentPalette.Hex(colour));
        }
        colourByType.Add(IncidentPalette.Hex(IncidentPalette.Unclassified));

        return new JsonObject
        {
            ["version"] = 8,
            ["name"] = "BorderMap incidents",
            ["metadata"] = new JsonObject { ["bordermap:tilejson"] = $"{origin}/tiles/incidents.json" },
            ["glyphs"] = $"{origin}/viewer/glyphs/{{fontstack}}/{{range}}.pbf",
            ["sources"] = new JsonObject
            {
                ["incidents"] = new JsonObject
                {
                    ["type"] = "vector",
                    ["tiles"] = new JsonArray { $"{origin}/tiles/incidents/{{z}}/{{x}}/{{y}}.pbf" },
                    ["minzoom"] = 0,
                    ["maxzoom"] = TileAddress.DataMaxZoom,
                    ["attribution"] = "BorderMap; places © GeoNames (CC BY 4.0), border © OpenStreetMap contributors (ODbL)",
                },
            },
            ["layers"] = new JsonArray
            {
                Layer("clusters", "circle", new JsonArray { "has", "count" }, paint: new JsonObject
                {
                    ["circle-color"] = colourByType.DeepClone(), ["circle-radius"] = 9, ["circle-opacity"] = 0.8,
                    ["circle-stroke-color"] = "#ffffff", ["circle-stroke-width"] = 1,
                }),
                Layer("cluster-counts", "symbol", new JsonArray { "has", "count" }, layout: new JsonObject
                {
                    ["text-field"] = "{count}", ["text-font"] = new JsonArray { "DejaVu Sans Bold" }, ["text-size"] = 10,
                }, paint: new JsonObject { ["text-color"] = "#ffffff" }),
                Layer("incidents", "circle", new JsonArray { "!has", "count" }, paint: new JsonObject
                {
                    ["circle-color"] = colourByType, ["circle-radius"] = 5,
                    ["circle-stroke-color"] = IncidentPalette.Outline, ["circle-stroke-width"] = 1,
                }),
            },
        };
    }

    private static JsonObject Layer(string id, string type, JsonArray filter, JsonObject? layout = null, JsonObject? paint = null)
    {
        var layer = new JsonObject { ["id"] = id, ["type"] = type, ["source"] = "incidents", ["source-layer"] = "incidents", ["filter"] = filter };
        if (layout is not null) layer["layout"] = layout;
        if (paint is not null) layer["paint"] = paint;
        return layer;
    }
}
