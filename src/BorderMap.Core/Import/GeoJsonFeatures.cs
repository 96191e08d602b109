using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Import;

/// <summary>One feature of a FeatureCollection: the line it starts on and the incident it states (or why it cannot).</summary>
public sealed record FeatureRow(int Line, IncidentInput? Input, string? Error);

/// <summary>
/// Reads the features of a GeoJSON FeatureCollection one at a time from a stream: only the current
/// feature and a 64 KB window are held, whatever the file's size. Properties use the API's field
/// names (unknown ones, such as an export's id or border, are ignored); the geometry must be a Point.
/// </summary>
public sealed class GeoJsonFeatures(Stream stream)
{
    private const int MaxFeatureBytes = 16 * 1024 * 1024;
    private static readonly HashSet<string> s_fields = typeof(IncidentInput).GetProperties()
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);

    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;
    private bool _eof;
    private long _linesBefore;
    private JsonReaderState _state;
    private bool _inFeatures;
    private string? _property;

    public async IAsyncEnumerable<FeatureRow> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        while (true)
        {
            if (!_eof && _filled < _buffer.Length)
            {
                var read = await stream.ReadAsync(_buffer.AsMemory(_filled), ct);
                if (read == 0) _eof = true;
                _filled += read;
            }
            var (rows, consumed) = Parse();
            foreach (var row in rows) yield return row;
            if (_eof && consumed == _filled) yield break;
            if (_eof && consumed == 0 && rows.Count == 0)
                throw new JsonException("the GeoJSON ends in the middle of a value");
            Shift(consumed);
        }
    }

    private (List<FeatureRow> Rows, int Consumed) Parse()
    {
        var rows = new List<FeatureRow>();
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _eof, _state);
        while (true)
        {
            var before = reader.CurrentState;
            var consumedBefore = (int)reader.BytesConsumed;
            if (!reader.Read()) break;
            if (reader.TokenType == JsonTokenType.StartObject && _inFeatures && reader.CurrentDepth == 2)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    _state = before;
                    return (rows, consumedBefore);
                }
                var line = (int)(_linesBefore + _buffer.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1);
                using var feature = JsonDocument.ParseValue(ref reader);
                rows.Add(Row(line, feature.RootElement));
                continue;
            }
            Track(ref reader);
        }
        _state = reader.CurrentState;
        return (rows, (int)reader.BytesConsumed);
    }

    private void Track(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) _property = reader.GetString();
        else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.String && _property == "type" && reader.GetString() != "FeatureCollection")
            throw new JsonException("the GeoJSON is not a FeatureCollection");
        else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray) _inFeatures = _property == "features";
        else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray) _inFeatures = false;
    }

    private void Shift(int consumed)
    {
        _linesBefore += _buffer.AsSpan(0, consumed).Count((byte)'\n');
        Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _filled - consumed);
        _filled -= consumed;
        if (_filled == _buffer.Length)
        {
            if (_buffer.Length >= MaxFeatureBytes) throw new JsonException($"a feature is larger than {MaxFeatureBytes} bytes");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private static FeatureRow Row(int line, JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
            return new FeatureRow(line, null, "the feature has no geometry");
        var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type != "Point") return new FeatureRow(line, null, $"the geometry must be a Point, not a {type ?? "geometry without a type"}");
        if (!geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array || c.GetArrayLength() < 2
            || !c[0].TryGetDouble(out var lon) || !c[1].TryGetDouble(out var lat))
            return new FeatureRow(line, null, "the Point needs [longitude, latitude] numbers");

        var properties = new JsonObject();
        if (feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject().Where(x => s_fields.Contains(x.Name) && x.Name != "geometry"))
                properties[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }
        try
        {
            var input = properties.Deserialize<IncidentInput>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new IncidentInput();
            return new FeatureRow(line, input with { Geometry = new Point(lon, lat) }, null);
        }
        catch (JsonException e)
        {
            return new FeatureRow(line, null, $"property {e.Path} has a value of the wrong type");
        }
    }
}
