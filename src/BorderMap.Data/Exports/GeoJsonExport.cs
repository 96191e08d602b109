using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes incidents as one RFC 7946 FeatureCollection, feature by feature, flushing as it goes.
/// NetTopologySuite's GeoJSON converter writes each geometry.
/// </summary>
internal static class GeoJsonExport
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<IncidentExportRow> incidents, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var row in incidents.WithCancellation(ct))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", row.Id);
            json.WritePropertyName("geometry");
            JsonSerializer.Serialize(json, Wgs84.CreatePoint(new Coordinate(row.Lon, row.Lat)), Options);
            json.WriteStartObject("properties");
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
            {
                json.WritePropertyName(ExportFields.All[i].Name);
                switch (values[i])
                {
                    case null: json.WriteNullValue(); break;
                    case long l: json.WriteNumberValue(l); break;
                    case int n: json.WriteNumberValue(n); break;
                    case short s: json.WriteNumberValue(s); break;
                    case float f: json.WriteNumberValue(f); break;
                    case double d: json.WriteNumberValue(d); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case var other: json.WriteStringValue(ExportText.Format(other)); break;
                }
            }
            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }
}
