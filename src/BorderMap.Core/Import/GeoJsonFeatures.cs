using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Import;

/// <summary>
/// Reads the features of a GeoJSON FeatureCollection one at a time from a stream: only the current
/// feature and a 64 KB window are held, whatever the file's size. A feature's properties and its
/// geometry are read as POST /api/v1/incidents reads its body (<see cref="IncidentJson"/>), so a
/// property POST does not know, or a geometry POST refuses, rejects the row; the geometry must be a Point.
/// A feature whose properties carry ACLED's event_id_cnty is read as an ACLED row (<see cref="AcledColumns"/>).
/// </summary>
public sealed class GeoJsonFeatures(Stream stream)
{
    private const int MaxFeatureBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;
    private bool _eof;
    private long _linesBefore;
    private JsonReaderState _state;
    private bool _inFeatures;
    private string? _property;

    public async IAsyncEnumerable<ImportLine> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
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

    private (List<ImportLine> Rows, int Consumed) Parse()
    {
        var rows = new List<ImportLine>();
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
        else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartObject && _property == "crs")
            throw new JsonException("the GeoJSON has a crs member (GeoJSON 2008); RFC 7946 coordinates are WGS 84 longitude, latitude: remove it and send those");
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

    private static ImportLine Row(int line, JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
            return new ImportLine(line, null, "the feature has no geometry");
        if (feature.TryGetProperty("crs", out _))
            return new ImportLine(line, null, "the feature has a crs member (GeoJSON 2008); RFC 7946 coordinates are WGS 84 longitude, latitude");
        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type != "Point") return new ImportLine(line, null, $"the geometry must be a Point, not a {type ?? "geometry without a type"}");

        var p = feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : default;
        try
        {
            if (p.ValueKind == JsonValueKind.Object && p.TryGetProperty(AcledLayout.EventId, out _)) return AcledFeature(line, p, geometry);
            if (p.ValueKind == JsonValueKind.Object && p.TryGetProperty("geometry", out _))
                return new ImportLine(line, null, "the properties hold a geometry: the feature's own geometry is the incident's");
            var input = IncidentJson.ReadFeature(p, geometry);
            return new ImportLine(line, new ImportedRow(input), null);
        }
        catch (InputValidationException e)
        {
            return new ImportLine(line, null, string.Join("; ", e.Errors.ToDictionary().SelectMany(f => f.Value.Select(m => $"{Field(f.Key)} {m}"))));
        }
        catch (InvalidOperationException)
        {
            return new ImportLine(line, null, "a property is not Unicode text: it holds a lone surrogate escape (such as \\ud83d without its pair)");
        }
    }

    /// <summary>A member path as the import names it: "$.placeName" is the property placeName.</summary>
    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? $"property {path[2..]}" : path;

    /// <summary>ACLED's columns as properties (strings or numbers); the Point gives latitude and longitude when they are absent.</summary>
    private static ImportLine AcledFeature(int line, JsonElement properties, JsonElement geometry)
    {
        if (!geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array || c.GetArrayLength() is < 2 or > 3
            || c.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number) || geometry.TryGetProperty("crs", out _))
            return new ImportLine(line, null, "the Point needs [longitude, latitude] or [longitude, latitude, altitude] numbers and no crs");
        var lon = c[0].GetDouble();
        var lat = c[1].GetDouble();
        var names = new List<string>();
        var values = new List<string>();
        foreach (var property in properties.EnumerateObject())
        {
            names.Add(property.Name);
            values.Add(property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Null => "",
                _ => property.Value.GetRawText(),
            });
        }
        foreach (var (name, value) in new[] { ("latitude", lat), ("longitude", lon) })
        {
            var i = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (i < 0) { names.Add(name); values.Add(AcledLayout.FormatNumber(value)); }
            else if (AcledLayout.ParseNumber(values[i]) is { } given && Math.Abs(given - value) > 1e-9)
                return new ImportLine(line, null, $"the property {name} {values[i]} is not the Point's");
        }
        var (columns, headerError) = AcledColumns.FromHeader(names);
        if (columns is null) return new ImportLine(line, null, headerError);
        var (row, error) = columns.Read(values);
        return new ImportLine(line, row, error);
    }
}
