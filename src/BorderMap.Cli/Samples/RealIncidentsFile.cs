using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BorderMap.Core.Incidents;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Cli.Samples;

/// <summary>
/// geodata/samples/real-incidents.json: the development set's border incidents, one per event, in
/// the shape of POST /api/v1/incidents bodies. Written by `bordermap samples`, read by `./bordermap up`.
/// </summary>
internal static class RealIncidentsFile
{
    public const string Name = "real-incidents.json";

    /// <summary>How every sample file is read and written: web names, GeoJSON geometry, readable non-ASCII, no nulls.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new GeoJsonConverterFactory() },
        WriteIndented = true,
        IndentSize = 2,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file's text for a development set's events (<see cref="RealIncidents.Group"/>): in date order, then by place.</summary>
    public static string Compile(IEnumerable<IReadOnlyList<Account>> events)
    {
        var inputs = events
            .Select(RealIncidentInput.From)
            .OrderBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.PlaceName, StringComparer.Ordinal)
            .ToList();
        return JsonSerializer.Serialize<IReadOnlyList<IncidentInput>>(inputs, Json) + "\n";
    }
}
