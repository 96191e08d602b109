using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BorderMap.Core.Validation;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Core.Incidents;

/// <summary>
/// The one reader of an incident as JSON: POST /api/v1/incidents, the document a PATCH merges into,
/// and each feature of a GeoJSON import (its properties with its geometry) all go through
/// <see cref="Read"/>, so an import can never store what a POST refuses (issue 17). Besides what the
/// serializer checks (unknown members, types, GeoJSON syntax) it refuses what the serializer would
/// let through: a string that is not Unicode (a lone surrogate escape such as \ud83d), a position
/// of more than three numbers, and a <c>crs</c> member, which RFC 7946 removed (its coordinates
/// would be taken as WGS 84 whatever it named).
/// </summary>
public static class IncidentJson
{
    public const string Invalid = "The request body is not valid JSON.";

    /// <summary>camelCase, strict numbers (no "3" for 3), NetTopologySuite's GeoJSON converters, nesting capped.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 32,
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>The incident, or <see cref="InputValidationException"/> (400) naming each member that cannot be read.</summary>
    public static IncidentInput Read(JsonElement document)
    {
        var errors = new FieldErrors();
        if (document.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "must be a JSON object");
            throw new InputValidationException(Invalid, errors, status: 400);
        }
        CheckText(document, "$", errors);
        if (document.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object) CheckGeometry(geometry, errors);
        if (errors.Any) throw new InputValidationException(Invalid, errors, status: 400);

        try
        {
            return document.Deserialize<IncidentInput>(SerializerOptions)!;
        }
        catch (JsonException e)
        {
            var (path, message) = JsonErrorText.Of(e);
            errors.Add(path, message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or NotSupportedException or IndexOutOfRangeException)
        {
            // NetTopologySuite's GeoJSON reader reports malformed geometries (open rings, too few
            // points, wrong nesting) with these exception types rather than JsonException.
            errors.Add("geometry", $"is not valid GeoJSON: {e.Message}");
        }
        throw new InputValidationException(Invalid, errors, status: 400);
    }

    /// <summary>
    /// A GeoJSON feature read as the document POST takes: its properties with its geometry as
    /// "geometry". The text is checked first, so a lone surrogate is named by its property.
    /// </summary>
    public static IncidentInput ReadFeature(JsonElement properties, JsonElement geometry)
    {
        var errors = new FieldErrors();
        if (properties.ValueKind == JsonValueKind.Object) CheckText(properties, "$", errors);
        CheckText(geometry, "$.geometry", errors);
        if (errors.Any) throw new InputValidationException(Invalid, errors, status: 400);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (properties.ValueKind == JsonValueKind.Object)
                foreach (var property in properties.EnumerateObject()) property.WriteTo(writer);
            writer.WritePropertyName("geometry");
            geometry.WriteTo(writer);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return Read(document.RootElement);
    }

    /// <summary>Every string, and every member name, must be Unicode text: System.Text.Json refuses a lone surrogate only when it is read.</summary>
    private static void CheckText(JsonElement element, string path, FieldErrors errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        errors.Add(path, "has a member name that is not Unicode text (a lone surrogate escape such as \\ud83d)");
                        continue;
                    }
                    CheckText(member.Value, $"{path}.{name}", errors);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) CheckText(item, $"{path}[{i++}]", errors);
                break;
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                }
                catch (InvalidOperationException)
                {
                    errors.Add(path, "is not Unicode text: it holds a lone surrogate escape (such as \\ud83d without its pair)");
                }
                break;
        }
    }

    private static void CheckGeometry(JsonElement geometry, FieldErrors errors)
    {
        if (geometry.TryGetProperty("crs", out _))
            errors.Add("geometry", "has a crs member (GeoJSON 2008); RFC 7946 coordinates are WGS 84 longitude, latitude: remove it and send those");
        if (geometry.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array
            && geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("Point")
            && coordinates.GetArrayLength() > 3)
            errors.Add("geometry", $"a position holds [longitude, latitude] or [longitude, latitude, altitude], not {coordinates.GetArrayLength()} numbers");
    }
}
