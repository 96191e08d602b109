using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace BorderMap.Data.Ogc;

/// <summary>
/// Writes GeoJSON features straight from an Items query's rows: column 0 is the id, column 1 the
/// geometry as PostGIS's GeoJSON text, every further column a property named after the column and
/// written from its PostgreSQL type (no JSON is built in the database and no row becomes a string).
/// A trailing <c>data_version</c> column (the incidents change counter) is read, not written.
/// </summary>
internal sealed class OgcFeatureWriter
{
    private const string DataVersionColumn = "data_version";

    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Feature = JsonEncodedText.Encode("Feature");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Geometry = JsonEncodedText.Encode("geometry");
    private static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");

    /// <summary>A collection's queries always return the same columns: their names and writers are worked out once.</summary>
    private static readonly ConcurrentDictionary<string, OgcFeatureWriter> Layouts = new(StringComparer.Ordinal);

    private readonly JsonEncodedText[] _names;
    private readonly Action<Utf8JsonWriter, NpgsqlDataReader, int>[] _values;
    private readonly bool _numericIds;
    private readonly int? _dataVersion;

    private OgcFeatureWriter(NpgsqlDataReader row)
    {
        _numericIds = row.GetFieldType(0) == typeof(long);
        var count = row.FieldCount;
        if (row.GetName(count - 1) == DataVersionColumn) _dataVersion = --count;
        _names = new JsonEncodedText[count - 2];
        _values = new Action<Utf8JsonWriter, NpgsqlDataReader, int>[count - 2];
        for (var i = 2; i < count; i++)
        {
            _names[i - 2] = JsonEncodedText.Encode(row.GetName(i));
            _values[i - 2] = ValueWriter(row.GetDataTypeName(i), row.GetFieldType(i), row.GetName(i));
        }
    }

    /// <summary>The writer for this collection's rows (the reader must be on a row of its Items query).</summary>
    public static OgcFeatureWriter For(OgcCollection collection, NpgsqlDataReader row) =>
        Layouts.GetOrAdd(collection.Id, static (_, r) => new OgcFeatureWriter(r), row);

    /// <summary>The row's id as the URL and the paging cursor spell it.</summary>
    public string IdOf(NpgsqlDataReader row) =>
        _numericIds ? row.GetInt64(0).ToString(CultureInfo.InvariantCulture) : row.GetString(0);

    /// <summary>The incidents change counter the row was read at, when the query returns it.</summary>
    public long? DataVersionOf(NpgsqlDataReader row) => _dataVersion is { } column ? row.GetInt64(column) : null;

    /// <summary>Writes the row's feature and leaves its object open, so a caller may add members (a single item's links).</summary>
    public void WriteOpen(Utf8JsonWriter json, NpgsqlDataReader row)
    {
        json.WriteStartObject();
        json.WriteString(Type, Feature);
        if (_numericIds) json.WriteNumber(Id, row.GetInt64(0));
        else json.WriteString(Id, row.GetString(0));
        json.WritePropertyName(Geometry);
        json.WriteRawValue(row.GetString(1), skipInputValidation: true);
        json.WriteStartObject(Properties);
        for (var i = 0; i < _names.Length; i++)
        {
            json.WritePropertyName(_names[i]);
            if (row.IsDBNull(i + 2)) json.WriteNullValue();
            else _values[i](json, row, i + 2);
        }
        json.WriteEndObject();
    }

    private static Action<Utf8JsonWriter, NpgsqlDataReader, int> ValueWriter(string dataType, Type type, string column) => dataType switch
    {
        // A calendar day: ISO 8601 date, which GDAL and QGIS read as a Date field.
        "date" => static (json, row, i) =>
        {
            Span<byte> day = stackalloc byte[10];
            row.GetFieldValue<DateOnly>(i).TryFormat(day, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            json.WriteStringValue(day[..written]);
        },
        // An instant: RFC 3339 in UTC (Npgsql reads timestamptz as a DateTime of kind Utc).
        "timestamp with time zone" => static (json, row, i) => json.WriteStringValue(row.GetFieldValue<DateTime>(i)),
        _ when type == typeof(string) => static (json, row, i) => json.WriteStringValue(row.GetString(i)),
        _ when type == typeof(short) || type == typeof(int) || type == typeof(long) =>
            static (json, row, i) => json.WriteNumberValue(row.GetFieldValue<long>(i)),
        _ when type == typeof(float) => static (json, row, i) => json.WriteNumberValue(row.GetFloat(i)),
        _ when type == typeof(double) => static (json, row, i) => json.WriteNumberValue(row.GetDouble(i)),
        _ when type == typeof(decimal) => static (json, row, i) => json.WriteNumberValue(row.GetDecimal(i)),
        _ when type == typeof(bool) => static (json, row, i) => json.WriteBooleanValue(row.GetBoolean(i)),
        _ => throw new NotSupportedException($"OGC property '{column}' has type {dataType}, which has no GeoJSON writer"),
    };
}
