using System.Net;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Import;

/// <summary>ACLED imports keyed by event_id_cnty (issue 14). The rows are test fixtures, not real events.</summary>
public sealed class AcledImportTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string CountRevisions = "SELECT count(*) FROM incident_revisions r JOIN incidents i ON i.id = r.incident_id WHERE i.acled_event_id = ANY($1)";

    [Fact]
    public async Task The_same_ACLED_export_imported_twice_leaves_rows_and_revisions_unchanged()
    {
        var csv = AcledFixture.Export();
        var ids = AcledFixture.EventIds(csv).ToArray();
        var (first, body) = await app.ImportAsync(csv);
        Assert.Equal(HttpStatusCode.OK, first);
        var rows = await app.CountRowsAsync("incidents");
        var revisions = await app.CountRowsAsync("incident_revisions");

        var (second, again) = await app.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(rows, await app.CountRowsAsync("incidents"));
        Assert.Equal(revisions, await app.CountRowsAsync("incident_revisions"));
        Assert.Equal(3L, await app.ScalarAsync<long>(CountRevisions, (object)ids));
        Assert.Equal(3, (int?)body["inserted"]);
        Assert.Equal(0, (int?)again["imported"]);
        Assert.Equal(3, (int?)again["unchanged"]);
    }

    [Fact]
    public async Task An_edited_row_updates_its_one_incident_with_a_new_revision_and_keeps_the_history()
    {
        var csv = AcledFixture.Export();
        var ids = AcledFixture.EventIds(csv);
        await app.ImportAsync(csv);
        var edited = csv.Replace("with \"\"quotes\"\".\",2,", "with \"\"quotes\"\".\",5,");
        Assert.NotEqual(csv, edited);

        var (status, body) = await app.ImportAsync(edited);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["updated"]);
        Assert.Equal(2, (int?)body["unchanged"]);
        var id = await app.ScalarAsync<long>("SELECT id FROM incidents WHERE acled_event_id = $1", ids[0]);
        var incident = await app.Client.GetJsonAsync($"/api/v1/incidents/{id}");
        Assert.Equal(5, (int?)incident["properties"]!["fatalities"]);
        Assert.Equal(2, (int?)incident["properties"]!["revision"]);
        Assert.Equal("created,updated", await app.ScalarAsync<string>(
            "SELECT string_agg(change, ',' ORDER BY revision) FROM incident_revisions WHERE incident_id = $1", id));
        Assert.Equal(4L, await app.ScalarAsync<long>(CountRevisions, (object)ids.ToArray()));
    }

    [Fact]
    public async Task ACLEDs_deleted_events_file_retracts_their_incidents_once()
    {
        var csv = AcledFixture.Export();
        var ids = AcledFixture.EventIds(csv);
        await app.ImportAsync(csv);
        var deletions = $"event_id_cnty,deleted_timestamp\r\n{ids[1]},1652400000\r\nNOWHERE0001,1652400000\r\n";

        var (status, body) = await app.ImportAsync(deletions);
        var (_, again) = await app.ImportAsync(deletions);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["retracted"]);
        Assert.Equal(1, (int?)body["unknown"]);
        Assert.Equal(0, (int?)again["retracted"]);
        Assert.Equal("retracted", await app.ScalarAsync<string>("SELECT status FROM incidents WHERE acled_event_id = $1", ids[1]));
        Assert.Equal("active", await app.ScalarAsync<string>("SELECT status FROM incidents WHERE acled_event_id = $1", ids[0]));
        // and the export they come from, imported again, does not bring it back
        await app.ImportAsync(csv);
        Assert.Equal("retracted", await app.ScalarAsync<string>("SELECT status FROM incidents WHERE acled_event_id = $1", ids[1]));
    }

    [Fact]
    public async Task A_repeated_event_id_in_one_file_is_a_row_error_naming_both_lines()
    {
        var csv = AcledFixture.Export();
        var lines = csv.TrimEnd('\n').Split('\n');
        var repeated = csv + lines[1] + "\n";
        var before = await app.CountRowsAsync("incidents");

        var (status, body) = await app.ImportAsync(repeated);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var rejected = Assert.Single(body["rejected"]!.AsArray())!;
        Assert.Equal(lines.Length + 1, (int?)rejected["line"]);
        Assert.Contains("already on line 2", (string?)rejected["reason"]);
        Assert.Equal(before, await app.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task ACLEDs_columns_are_all_kept_typed_or_in_the_acled_column()
    {
        var csv = AcledFixture.Export();
        var ids = AcledFixture.EventIds(csv);
        await app.ImportAsync(csv);

        Assert.Equal("2022-05-08", (await app.ScalarAsync<DateOnly>("SELECT occurred_on FROM incidents WHERE acled_event_id = $1", ids[0])).ToString("yyyy-MM-dd"));
        Assert.Equal("TJ", await app.ScalarAsync<string>("SELECT country FROM incidents WHERE acled_event_id = $1", ids[0]));
        Assert.Equal("Khatlon|Farkhor", await app.ScalarAsync<string>("SELECT admin1 || '|' || admin2 FROM incidents WHERE acled_event_id = $1", ids[0]));
        Assert.Equal("National|13|1652100000|762|08 May 2022", await app.ScalarAsync<string>(
            "SELECT concat_ws('|', acled->>'source_scale', acled->>'interaction', acled->>'timestamp', acled->>'iso', acled->>'event_date') FROM incidents WHERE acled_event_id = $1", ids[0]));
        Assert.Equal("crowd size=no report", await app.ScalarAsync<string>("SELECT acled->>'tags' FROM incidents WHERE acled_event_id = $1", ids[1]));
        Assert.Equal(3, await app.ScalarAsync<short>("SELECT time_precision FROM incidents WHERE acled_event_id = $1", ids[2]));
    }

    [Fact]
    public async Task GeoJSON_features_with_ACLEDs_properties_are_keyed_the_same_way()
    {
        var id = $"TJK9{Random.Shared.Next(100000, 999999)}";
        var geojson = $$"""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [69.4, 37.49]},
               "properties": {"event_id_cnty": "{{id}}", "event_date": "08 May 2022", "year": 2022, "time_precision": 1,
                              "event_type": "Battles", "sub_event_type": "Armed clash", "iso": 762, "country": "Tajikistan",
                              "location": "Farkhor", "geo_precision": 2, "fatalities": 2, "source": "Test fixture", "source_scale": "National"} }
            ]}
            """;
        var (first, body) = await app.ImportAsync(geojson, "application/geo+json");
        var (second, again) = await app.ImportAsync(geojson, "application/geo+json");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(1, (int?)body["inserted"]);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(1, (int?)again["unchanged"]);
        Assert.Equal("National", await app.ScalarAsync<string>("SELECT acled->>'source_scale' FROM incidents WHERE acled_event_id = $1", id));
    }
}
