using System.Text.Json.Nodes;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>The OGC API – Features documents and items over the GIS fixture (2,600 incidents).</summary>
public sealed class OgcApiTests(GisApp gis) : IClassFixture<GisApp>
{
    private HttpClient Client => gis.Client;

    [Fact]
    public async Task Landing_page_links_to_the_api_definition_docs_conformance_and_data()
    {
        var landing = await Client.GetJsonAsync("/ogc");
        var rels = landing["links"]!.AsArray().Select(l => (string)l!["rel"]!).ToList();
        Assert.Superset(new HashSet<string> { "self", "service-desc", "service-doc", "conformance", "data" }, rels.ToHashSet());
    }

    [Fact]
    public async Task A_browser_gets_a_welcome_page_that_says_how_to_connect_qgis()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await Client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("QGIS", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Conformance_declares_core_geojson_openapi_crs_and_filtering()
    {
        var classes = (await Client.GetJsonAsync("/ogc/conformance"))["conformsTo"]!.AsArray().Select(c => (string)c!).ToList();
        Assert.Equal(14, classes.Count);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-json", classes);
        Assert.DoesNotContain("http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs", classes);
        Assert.DoesNotContain(classes, c => c.EndsWith("/html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_definition_is_openapi_3_0_and_describes_the_items_path()
    {
        using var response = await Client.GetAsync("/ogc/api");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var api = JsonNode.Parse(text)!;
        Assert.StartsWith("3.0", (string)api["openapi"]!);
        // paths are relative to the landing page, which is the server entry
        Assert.EndsWith("/ogc", (string)api["servers"]![0]!["url"]!);
        var parameters = api["paths"]!["/collections/{collectionId}/items"]!["get"]!["parameters"]!.AsArray();
        // QGIS reads the page size's default and maximum from components.parameters only
        Assert.Contains(parameters, p => (string?)p!["$ref"] == "#/components/parameters/limit");
        var limit = api["components"]!["parameters"]!["limit"]!;
        Assert.Equal("limit", (string)limit["name"]!);
        Assert.Equal(10000, (int)limit["schema"]!["maximum"]!);
        Assert.Equal(1000, (int)limit["schema"]!["default"]!);
        Assert.Contains(parameters, p => (string?)p!["name"] == "filter");
        Assert.Contains(parameters, p => (string?)p!["name"] == "bbox");
        Assert.Contains(parameters, p => (string?)p!["name"] == "datetime");
    }

    [Fact]
    public async Task Collections_list_incidents_segments_crossings_and_places_with_their_extents()
    {
        var collections = (await Client.GetJsonAsync("/ogc/collections"))["collections"]!.AsArray();
        Assert.Equal(["incidents", "border_segments", "crossings", "places"], collections.Select(c => (string)c!["id"]!));
        var incidents = collections[0]!;
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", (string)incidents["storageCrs"]!);
        Assert.Equal(3, incidents["crs"]!.AsArray().Count);
        var bbox = incidents["extent"]!["spatial"]!["bbox"]![0]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal([70.0, 37.0, 70.882, 37.867], bbox.Select(v => Math.Round(v, 3)));
        var interval = incidents["extent"]!["temporal"]!["interval"]![0]!.AsArray();
        Assert.Equal("2020-01-01T00:00:00Z", (string)interval[0]!);
        Assert.Equal("2027-02-12T23:59:59Z", (string)interval[1]!);
        Assert.Null(collections[1]!["extent"]!["temporal"]);
    }

    [Fact]
    public async Task Items_default_to_pages_of_1000_with_number_matched_and_a_next_link()
    {
        var page = await Client.GetJsonAsync("/ogc/collections/incidents/items");
        Assert.Equal(GisApp.Incidents, (long)page["numberMatched"]!);
        Assert.Equal(1000, (int)page["numberReturned"]!);
        Assert.Equal(1000, page["features"]!.AsArray().Count);
        Assert.NotNull(page.NextLink());
    }

    [Theory]
    [InlineData("datetime=2020-01-01", 1)]
    [InlineData("datetime=2020-01-05T23:59:59Z", 1)]
    [InlineData("datetime=2020-01-05T23:30:00-01:00", 1)] // 2020-01-06 in UTC
    [InlineData("datetime=2020-01-01/2020-01-31", 31)]
    [InlineData("datetime=2020-01-01T00:00:00Z/2020-01-31T23:59:59Z", 31)]
    [InlineData("datetime=../2020-01-10", 10)]
    [InlineData("datetime=/2020-01-10", 10)]
    [InlineData("datetime=2027-02-03/..", 10)]
    [InlineData("datetime=2027-02-03/", 10)]
    [InlineData("datetime=../..", 2600)]
    public async Task Datetime_takes_instants_and_closed_and_open_intervals(string query, long expected)
    {
        var page = await Client.GetJsonAsync($"/ogc/collections/incidents/items?{query}");
        Assert.Equal(expected, (long)page["numberMatched"]!);
    }

    [Theory]
    [InlineData("event_type=battles", "event_type = 'battles'")]
    [InlineData("event_type=Riots", "event_type = 'riots'")]
    [InlineData("country=tj", "country = 'TJ'")]
    [InlineData("geo_precision=2", "geo_precision = 2")]
    [InlineData("event_type=protests&country=TJ&geo_precision=1", "event_type = 'protests' AND country = 'TJ' AND geo_precision = 1")]
    [InlineData("bbox=70.0,37.0,70.2,37.2", "geom && ST_MakeEnvelope(70.0, 37.0, 70.2, 37.2, 4326)")]
    [InlineData("bbox=37.0,70.0,37.2,70.2&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326", "geom && ST_MakeEnvelope(70.0, 37.0, 70.2, 37.2, 4326)")]
    [InlineData("bbox=7792364,4439106,7814628,4467047&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857", "geom && ST_Transform(ST_MakeEnvelope(7792364, 4439106, 7814628, 4467047, 3857), 4326)")]
    [InlineData("bbox=70.0,37.0,0,70.2,37.2,100&datetime=2021-01-01/2021-12-31", "geom && ST_MakeEnvelope(70.0, 37.0, 70.2, 37.2, 4326) AND occurred_on BETWEEN '2021-01-01' AND '2021-12-31'")]
    public async Task Bbox_and_property_filters_match_exactly_what_postgis_counts(string query, string where)
    {
        var expected = await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE {where}");
        Assert.True(expected > 0, "the filter must select something to be a test");
        var page = await Client.GetJsonAsync($"/ogc/collections/incidents/items?{query}&limit=10000");
        Assert.Equal(expected, (long)page["numberMatched"]!);
        Assert.Equal(expected, page["features"]!.AsArray().Count);
    }

    [Fact]
    public async Task Next_links_neither_repeat_nor_skip_incidents_while_new_ones_are_inserted()
    {
        const string box = "70.0,37.0,70.4,37.4"; // 23 rows × 23 columns of the fixture grid
        var url = $"/ogc/collections/incidents/items?bbox={box}&limit=100";
        var seen = new List<long>();
        var before = await gis.ScalarAsync($"SELECT count(*) FROM incidents WHERE geom && ST_MakeEnvelope({box}, 4326)");
        var pages = 0;
        try
        {
            for (string? next = url; next is not null; pages++)
            {
                var page = await Client.GetJsonAsync(next);
                seen.AddRange(page.Ids());
                next = page.NextLink();
                if (pages == 1)
                {
                    await gis.ExecuteAsync("""
                        INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, created_by, updated_by)
                        VALUES ('2019-06-01', 'battles', ST_SetSRID(ST_MakePoint(70.1, 37.1), 4326), 1, 'inserted while paging', 'test', 'test')
                        """);
                }
            }
        }
        finally
        {
            // The class shares one database: leave it as the fixture made it.
            await gis.ExecuteAsync("DELETE FROM incidents WHERE source = 'inserted while paging'");
        }
        Assert.True(pages >= 3, $"only {pages} pages");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(before + 1, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task Number_matched_counts_an_incident_inserted_after_the_same_query_was_answered()
    {
        const string url = "/ogc/collections/incidents/items?bbox=70.0,37.0,70.1,37.1&limit=1";
        var before = (long)(await Client.GetJsonAsync(url))["numberMatched"]!;
        try
        {
            await gis.ExecuteAsync("""
                INSERT INTO incidents (occurred_on, event_type, geom, geo_precision, source, created_by, updated_by)
                VALUES ('2019-06-01', 'battles', ST_SetSRID(ST_MakePoint(70.05, 37.05), 4326), 1, 'inserted after counting', 'test', 'test')
                """);
            Assert.Equal(before + 1, (long)(await Client.GetJsonAsync(url))["numberMatched"]!);
        }
        finally
        {
            await gis.ExecuteAsync("DELETE FROM incidents WHERE source = 'inserted after counting'");
        }
        Assert.Equal(before, (long)(await Client.GetJsonAsync(url))["numberMatched"]!);
    }

    [Fact]
    public async Task Epsg_4326_puts_latitude_first_and_3857_answers_in_metres()
    {
        var id = (await Client.GetJsonAsync("/ogc/collections/incidents/items?limit=1")).Ids()[0];
        var crs84 = await Coordinates($"/ogc/collections/incidents/items/{id}");
        var epsg4326 = await Coordinates($"/ogc/collections/incidents/items/{id}?crs=http://www.opengis.net/def/crs/EPSG/0/4326");
        var epsg3857 = await Coordinates($"/ogc/collections/incidents/items/{id}?crs=http://www.opengis.net/def/crs/EPSG/0/3857");
        Assert.Equal([70.0, 37.0], crs84);
        Assert.Equal([37.0, 70.0], epsg4326);
        Assert.Equal(7792364.36, epsg3857[0], 0.01);
        Assert.Equal(4439106.79, epsg3857[1], 0.01);

        using var response = await Client.GetAsync("/ogc/collections/incidents/items?limit=1&crs=http://www.opengis.net/def/crs/EPSG/0/3857");
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/3857>", response.Headers.GetValues("Content-Crs").Single());
    }

    [Fact]
    public async Task A_single_item_carries_its_properties_with_the_date_as_iso_text()
    {
        var id = (await Client.GetJsonAsync("/ogc/collections/incidents/items?limit=1")).Ids()[0];
        var item = await Client.GetJsonAsync($"/ogc/collections/incidents/items/{id}");
        Assert.Equal("Feature", (string)item["type"]!);
        Assert.Equal(id, item.Id());
        Assert.Equal("2020-01-01", (string)item["properties"]!["date"]!);
        Assert.Equal("battles", (string)item["properties"]!["event_type"]!);
        Assert.Equal("Place 1 – Хорог", (string)item["properties"]!["place_name"]!);
    }

    [Theory]
    [InlineData("border_segments", 2, "LineString", "seg-01")]
    [InlineData("crossings", 2, "Point", "ayvaj-post")]
    [InlineData("places", 3, "Point", "1133453")]
    public async Task Border_segments_crossings_and_places_are_collections_too(string collection, int count, string geometry, string firstId)
    {
        var page = await Client.GetJsonAsync($"/ogc/collections/{collection}/items");
        Assert.Equal(count, (long)page["numberMatched"]!);
        var first = page["features"]![0]!;
        Assert.Equal(geometry, (string)first["geometry"]!["type"]!);
        Assert.Equal(firstId, first["id"]!.ToString());
        var item = await Client.GetJsonAsync($"/ogc/collections/{collection}/items/{firstId}");
        Assert.Equal(firstId, item["id"]!.ToString());
    }

    private async Task<double[]> Coordinates(string url) =>
        (await Client.GetJsonAsync(url))["geometry"]!["coordinates"]!.AsArray().Select(v => Math.Round((double)v!, 7)).ToArray();
}
