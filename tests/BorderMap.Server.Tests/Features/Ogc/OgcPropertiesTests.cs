using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Data;
using BorderMap.Server.Tests.Support;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Server.Tests.Features.Ogc;

/// <summary>
/// Item properties are written in C# from the rows' types; PostgreSQL's own JSON of the same rows
/// (<c>to_jsonb</c> over each collection's Items query) is the reference they must agree with, key
/// by key: strings, numbers (real and double), booleans, nulls, days, and instants.
/// </summary>
public sealed class OgcPropertiesTests(OgcPropertiesTests.VariedGisApp gis) : IClassFixture<OgcPropertiesTests.VariedGisApp>
{
    /// <summary>The GIS fixture with every incident column an item shows filled in on some rows.</summary>
    public sealed class VariedGisApp : GisApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ExecuteAsync("""
                UPDATE incidents SET
                  sub_event_type = CASE WHEN id % 3 = 0 THEN 'armed clash' END,
                  injured = CASE WHEN id % 4 = 0 THEN id % 11 END,
                  confidence = CASE WHEN id % 2 = 0 THEN (id % 100) / 100.0 + 0.005 END,
                  uncertainty_m = CASE WHEN id % 5 = 0 THEN 250 * (id % 9) END,
                  admin1 = CASE WHEN id % 6 = 0 THEN 'Gorno-Badakhshan "GBAO"' END,
                  border_side = country, border_distance_m = CASE WHEN id % 7 <> 0 THEN id * 13.37 / 3 END,
                  border_segment_id = 'seg-0' || (1 + id % 2), source_url = 'https://example.org/r/' || id,
                  synthetic = id % 9 = 0, time_precision = 1 + id % 3,
                  updated_at = TIMESTAMPTZ '2024-02-29 23:59:59.123456+05' + id * INTERVAL '1 minute 0.000001 second'
                """);
            await ExecuteAsync("UPDATE places SET admin1_code = '01', admin1_name = 'Kŭhistoni Badakhshon', border_distance_m = 1234.5678 WHERE id = 1221874");
        }
    }

    [Theory]
    [InlineData("incidents", "Incidents")]
    [InlineData("border_segments", "BorderSegments")]
    [InlineData("crossings", "Crossings")]
    [InlineData("places", "Places")]
    public async Task Every_item_property_equals_what_postgresql_makes_of_the_row(string collection, string sqlPrefix)
    {
        var expected = await PostgresPropertiesAsync(sqlPrefix);
        var seen = 0;
        for (var next = $"/ogc/collections/{collection}/items?limit=1000"; next is not null;)
        {
            var page = await gis.Client.GetJsonAsync(next);
            foreach (var feature in page["features"]!.AsArray())
            {
                var id = feature!["id"]!.ToJsonString().Trim('"');
                var properties = feature["properties"]!.AsObject();
                var reference = expected[id];
                Assert.Equal(reference.Select(p => p.Key).Order(), properties.Select(p => p.Key).Order());
                foreach (var (name, value) in reference)
                    Assert.True(SameValue(value, properties[name]), $"{collection} {id} '{name}': PostgreSQL {value?.ToJsonString() ?? "null"}, item {properties[name]?.ToJsonString() ?? "null"}");
                seen++;
            }
            next = page.NextLink();
        }
        Assert.Equal(expected.Count, seen);
        Assert.True(seen > 0);
    }

    /// <summary>The collection's own Items query, unfiltered, with each row's properties as PostgreSQL writes them in JSON.</summary>
    private async Task<Dictionary<string, JsonObject>> PostgresPropertiesAsync(string sqlPrefix)
    {
        var items = SqlScripts.Load($"Ogc.{sqlPrefix}.Items").TrimEnd().TrimEnd(';');
        await using var connection = new NpgsqlConnection(gis.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT q.id::text, (to_jsonb(q) - 'id' - 'geometry' - 'data_version')::text FROM ({items}\n) q", connection);
        object?[] values = [null, null, null, null, 4326, null, null, null, null, null, null, 4326, false, 7, 1_000_000, null];
        NpgsqlDbType[] types =
        [
            NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Integer,
            NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Text,
            NpgsqlDbType.Integer, NpgsqlDbType.Boolean, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        ];
        for (var i = 0; i < values.Length; i++) command.Parameters.Add(new NpgsqlParameter { Value = values[i] ?? DBNull.Value, NpgsqlDbType = types[i] });
        var rows = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows[reader.GetString(0)] = JsonNode.Parse(reader.GetString(1))!.AsObject();
        return rows;
    }

    /// <summary>Equal JSON values; numbers as the same double, timestamps as the same instant however the offset is spelled.</summary>
    private static bool SameValue(JsonNode? postgres, JsonNode? item)
    {
        if (postgres is null || item is null) return postgres is null && item is null;
        if (postgres.GetValueKind() != item.GetValueKind()) return false;
        return postgres.GetValueKind() switch
        {
            JsonValueKind.Number => postgres.GetValue<double>() == item.GetValue<double>(),
            JsonValueKind.String when postgres.GetValue<string>() is { Length: > 10 } text && text[10] == 'T' =>
                DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) == DateTimeOffset.Parse(item.GetValue<string>(), CultureInfo.InvariantCulture)
                && item.GetValue<string>().EndsWith('Z'),
            _ => JsonNode.DeepEquals(postgres, item),
        };
    }
}
