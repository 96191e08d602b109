using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Qgis;

/// <summary>
/// The QGIS project and the tiles' MapLibre style. QGIS itself is not installed by the test set-up
/// (Debian's python3-qgis pulls 166 packages), so GDAL, which QGIS reads these sources through,
/// opens every layer the project names, at the URLs the project holds.
/// </summary>
public sealed partial class QgisProjectTests(GisApp gis) : IClassFixture<GisApp>
{
    [Fact]
    public async Task The_project_points_every_layer_at_the_server_that_served_it_and_GDAL_opens_each()
    {
        using var response = await gis.Client.GetAsync("/api/v1/exports/bordermap.qgs");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Equal("application/x-qgis-project", response.Content.Headers.ContentType?.MediaType);
        var project = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("qgis", project.Root!.Name.LocalName);

        var layers = project.Root.Element("projectlayers")!.Elements("maplayer")
            .ToDictionary(l => l.Element("id")!.Value, l => (Provider: l.Element("provider")!.Value, Source: l.Element("datasource")!.Value));
        Assert.Equal(["border_line", "border_segments", "crossings", "heatmap", "incidents"], layers.Keys.Order());
        Assert.All(layers.Values, l => Assert.Contains(gis.BaseUrl, l.Source));
        Assert.Equal(layers.Keys.Order(), project.Root.Element("layer-tree-group")!.Elements("layer-tree-layer").Select(l => l.Attribute("id")!.Value).Order());

        foreach (var (collection, expected) in new[] { ("incidents", GisApp.Incidents), ("border_segments", 2L), ("crossings", 2L) })
        {
            var (provider, source) = layers[collection];
            Assert.Equal("OAPIF", provider);
            Assert.Contains("restrictToRequestBBOX='1'", source);
            var info = await Ogrinfo.LayerAsync($"OAPIF:{Quoted(source, "url")}", Quoted(source, "typename"), "-oo", "PAGE_SIZE=1000");
            Assert.Equal(expected, info.FeatureCount);
        }
        var border = await Ogrinfo.RunAsync(["-ro", "-so", "-al", layers["border_line"].Source]);
        Assert.Matches(@"Geometry: (Multi )?Line String", border);
        Assert.Equal("gdal", layers["heatmap"].Provider);
        var heatmap = Gdalinfo(layers["heatmap"].Source);
        Assert.Contains("UTM zone 42N", heatmap);
        Assert.Contains("NoData Value=0", heatmap);
    }

    [Fact]
    public async Task Incidents_are_styled_by_event_type_in_the_viewers_colours_in_the_project_and_the_tile_style()
    {
        var palette = (await gis.Client.GetJsonAsync("/viewer/event-types.json"))["eventTypes"]!.AsArray()
            .ToDictionary(t => (string)t!["code"]!, t => (string)t!["colour"]!);
        Assert.Equal(6, palette.Count);

        var project = XDocument.Parse(await gis.Client.GetStringAsync("/api/v1/exports/bordermap.qgs"));
        var renderer = project.Descendants("maplayer").Single(l => l.Element("id")!.Value == "incidents").Element("renderer-v2")!;
        Assert.Equal("categorizedSymbol", renderer.Attribute("type")!.Value);
        Assert.Equal("event_type", renderer.Attribute("attr")!.Value);
        var symbols = renderer.Element("symbols")!.Elements("symbol").ToDictionary(s => s.Attribute("name")!.Value,
            s => s.Descendants("Option").Single(o => o.Attribute("name")?.Value == "color").Attribute("value")!.Value);
        foreach (var category in renderer.Element("categories")!.Elements("category"))
        {
            var rgb = symbols[category.Attribute("symbol")!.Value].Split(',').Take(3).Select(int.Parse).ToArray();
            Assert.Equal(palette[category.Attribute("value")!.Value], $"#{rgb[0]:x2}{rgb[1]:x2}{rgb[2]:x2}");
        }

        var style = await gis.Client.GetJsonAsync("/tiles/style.json");
        Assert.Equal(8, (int)style["version"]!);
        var source = style["sources"]!["incidents"]!;
        Assert.Equal($"{gis.BaseUrl}/tiles/incidents/{{z}}/{{x}}/{{y}}.pbf", (string)source["tiles"]![0]!);
        Assert.Equal((int)(await gis.Client.GetJsonAsync("/tiles/incidents.json"))["maxzoom"]!, (int)source["maxzoom"]!);
        foreach (var layer in style["layers"]!.AsArray().Where(l => (string)l!["type"]! == "circle"))
        {
            var match = layer!["paint"]!["circle-color"]!.AsArray();
            Assert.Equal("match", (string)match[0]!);
            for (var i = 2; i + 1 < match.Count; i += 2)
                Assert.Equal(palette[(string)match[i]!], (string)match[i + 1]!);
        }
    }

    private static string Quoted(string source, string key) => QuotedValue().Matches(source).Single(m => m.Groups[1].Value == key).Groups[2].Value;

    private static string Gdalinfo(string source)
    {
        var info = new ProcessStartInfo("gdalinfo", [source]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gdalinfo {source} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    [GeneratedRegex(@"(\w+)='([^']*)'")]
    private static partial Regex QuotedValue();
}
