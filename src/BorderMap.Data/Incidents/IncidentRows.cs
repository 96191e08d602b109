using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Incidents;

/// <summary>Moves incidents between C# and the <c>incidents</c> table's columns.</summary>
internal static class IncidentRows
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>Adds the draft's 21 columns as parameters, in the order the write statements expect.</summary>
    public static void AddDraft(NpgsqlParameterCollection p, IncidentDraft d)
    {
        p.Add(new NpgsqlParameter<DateOnly> { TypedValue = d.Date });
        p.Add(new NpgsqlParameter<short> { TypedValue = (short)d.TimePrecision });
        p.Add(new NpgsqlParameter<string> { TypedValue = d.EventType.Code });
        p.Add(Nullable(d.SubEventType?.Code, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. d.Tags] });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. d.Actors] });
        p.Add(Nullable(d.Fatalities, NpgsqlDbType.Integer));
        p.Add(Nullable(d.Injured, NpgsqlDbType.Integer));
        p.Add(new NpgsqlParameter<Point> { TypedValue = Point(d.Location) });
        p.Add(Nullable(d.PlaceName, NpgsqlDbType.Text));
        p.Add(Nullable(d.Admin1, NpgsqlDbType.Text));
        p.Add(Nullable(d.Admin2, NpgsqlDbType.Text));
        p.Add(Nullable(d.Country, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<short> { TypedValue = (short)d.GeoPrecision });
        p.Add(Nullable(d.Confidence is { } c ? (float)c : null, NpgsqlDbType.Real));
        p.Add(Nullable(d.UncertaintyM, NpgsqlDbType.Integer));
        p.Add(Nullable(d.Source, NpgsqlDbType.Text));
        p.Add(Nullable(d.SourceUrl, NpgsqlDbType.Text));
        p.Add(Nullable(d.Published, NpgsqlDbType.TimestampTz));
        p.Add(Nullable(d.Notes, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<bool> { TypedValue = d.Synthetic });
    }

    public static Point Point(GeoPoint location) => Wgs84.CreatePoint(new Coordinate(location.Lon, location.Lat));

    /// <summary>Adds the five border-context columns and the gazetteer version, in the order the write statements expect.</summary>
    public static void AddPlacement(NpgsqlParameterCollection p, BorderContext? border, string? gazetteerVersion)
    {
        p.Add(Nullable(border?.Side, NpgsqlDbType.Text));
        p.Add(Nullable(border?.DistanceM, NpgsqlDbType.Double));
        p.Add(Nullable(border?.SegmentId, NpgsqlDbType.Text));
        p.Add(Nullable(border?.NearestCrossingId, NpgsqlDbType.Text));
        p.Add(Nullable(border?.NearestCrossingM, NpgsqlDbType.Double));
        p.Add(Nullable(gazetteerVersion, NpgsqlDbType.Text));
    }

    public static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    /// <summary>Reads rows of <c>SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM incidents</c>.</summary>
    public sealed class Reader(NpgsqlDataReader reader)
    {
        private readonly int _id = reader.GetOrdinal("id");
        private readonly int _date = reader.GetOrdinal("occurred_on");
        private readonly int _timePrecision = reader.GetOrdinal("time_precision");
        private readonly int _eventType = reader.GetOrdinal("event_type");
        private readonly int _subEventType = reader.GetOrdinal("sub_event_type");
        private readonly int _tags = reader.GetOrdinal("tags");
        private readonly int _actors = reader.GetOrdinal("actors");
        private readonly int _fatalities = reader.GetOrdinal("fatalities");
        private readonly int _injured = reader.GetOrdinal("injured");
        private readonly int _lon = reader.GetOrdinal("lon");
        private readonly int _lat = reader.GetOrdinal("lat");
        private readonly int _placeName = reader.GetOrdinal("place_name");
        private readonly int _admin1 = reader.GetOrdinal("admin1");
        private readonly int _admin2 = reader.GetOrdinal("admin2");
        private readonly int _country = reader.GetOrdinal("country");
        private readonly int _geoPrecision = reader.GetOrdinal("geo_precision");
        private readonly int _confidence = reader.GetOrdinal("confidence");
        private readonly int _uncertainty = reader.GetOrdinal("uncertainty_m");
        private readonly int _borderSide = reader.GetOrdinal("border_side");
        private readonly int _borderDistance = reader.GetOrdinal("border_distance_m");
        private readonly int _segment = reader.GetOrdinal("border_segment_id");
        private readonly int _crossing = reader.GetOrdinal("nearest_crossing_id");
        private readonly int _crossingDistance = reader.GetOrdinal("nearest_crossing_m");
        private readonly int _source = reader.GetOrdinal("source");
        private readonly int _sourceUrl = reader.GetOrdinal("source_url");
        private readonly int _published = reader.GetOrdinal("published_at");
        private readonly int _notes = reader.GetOrdinal("notes");
        private readonly int _synthetic = reader.GetOrdinal("synthetic");
        private readonly int _status = reader.GetOrdinal("status");
        private readonly int _revision = reader.GetOrdinal("revision");
        private readonly int _createdAt = reader.GetOrdinal("created_at");
        private readonly int _createdBy = reader.GetOrdinal("created_by");
        private readonly int _updatedAt = reader.GetOrdinal("updated_at");
        private readonly int _updatedBy = reader.GetOrdinal("updated_by");

        public Incident Read()
        {
            var eventType = EventType.Find(reader.GetString(_eventType))
                ?? throw new InvalidDataException($"incident {reader.GetInt64(_id)} has unknown event type '{reader.GetString(_eventType)}'");
            var draft = new IncidentDraft
            {
                Date = reader.GetFieldValue<DateOnly>(_date),
                TimePrecision = (TimePrecision)reader.GetInt16(_timePrecision),
                EventType = eventType,
                SubEventType = String(_subEventType) is { } sub ? eventType.FindSubType(sub) : null,
                Tags = reader.GetFieldValue<string[]>(_tags),
                Actors = reader.GetFieldValue<string[]>(_actors),
                Fatalities = Int(_fatalities),
                Injured = Int(_injured),
                Location = new GeoPoint(reader.GetDouble(_lon), reader.GetDouble(_lat)),
                PlaceName = String(_placeName),
                Admin1 = String(_admin1),
                Admin2 = String(_admin2),
                Country = String(_country),
                GeoPrecision = (GeoPrecision)reader.GetInt16(_geoPrecision),
                Confidence = reader.IsDBNull(_confidence) ? null : reader.GetFloat(_confidence),
                UncertaintyM = Int(_uncertainty),
                Source = String(_source),
                SourceUrl = String(_sourceUrl),
                Published = reader.IsDBNull(_published) ? null : reader.GetFieldValue<DateTimeOffset>(_published),
                Notes = String(_notes),
                Synthetic = reader.GetBoolean(_synthetic),
            };
            var border = reader.IsDBNull(_borderSide) && reader.IsDBNull(_segment)
                ? null
                : new BorderContext(String(_borderSide), Double(_borderDistance), String(_segment), String(_crossing), Double(_crossingDistance));
            return new Incident(
                reader.GetInt64(_id), draft, border,
                Enum.Parse<IncidentStatus>(reader.GetString(_status), ignoreCase: true),
                reader.GetInt32(_revision),
                reader.GetFieldValue<DateTimeOffset>(_createdAt), reader.GetString(_createdBy),
                reader.GetFieldValue<DateTimeOffset>(_updatedAt), reader.GetString(_updatedBy));
        }

        private string? String(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        private int? Int(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
        private double? Double(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }
}
