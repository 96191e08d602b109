using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Analytics;

/// <summary>
/// Binds an <see cref="IncidentQuery"/>'s filters as $1–$17, the arguments of the
/// <c>analytics_incidents</c> function (migration V0005) every analytics query selects from.
/// </summary>
internal static class AnalyticsFilter
{
    /// <summary>The first parameter number a query's own parameters take.</summary>
    public const int NextParameter = 18;

    public static void Bind(NpgsqlCommand command, IncidentQuery query)
    {
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<bool> { TypedValue = query.IncludeRetracted });
        Box(p, query.Bbox);
        p.Add(IncidentRows.Nullable(query.From, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.To, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.Types?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.Country, NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.MinPrecision is { } mp ? (short)mp : null, NpgsqlDbType.Smallint));
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.RadiusM, NpgsqlDbType.Double));
        Box(p, query.Near?.Envelope());
    }

    public static void Box(NpgsqlParameterCollection p, BoundingBox? box)
    {
        p.Add(IncidentRows.Nullable(box?.MinLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MinLat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLat, NpgsqlDbType.Double));
    }

    public static void Add<T>(NpgsqlCommand command, T value) => command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });

    public static void Add(NpgsqlCommand command, object? value, NpgsqlDbType type) => command.Parameters.Add(IncidentRows.Nullable(value, type));
}
