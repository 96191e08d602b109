using BorderMap.Core.Queries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Incidents;

/// <summary>
/// The list filters as the parameters every incident query that takes them expects, in this order:
/// include retracted; bbox (4); from; to; types; country; max geo precision; and, where the area is
/// the caller's, near lon, lat, radius and the circle's envelope (4). A NULL switches a filter off.
/// The list, the exports, the tiles and the <c>analytics_incidents</c> function (migration V0005)
/// that every analytics query selects from all take them.
/// </summary>
internal static class IncidentFilterParameters
{
    /// <summary>How many <see cref="Add"/> binds: a query's own parameters start at $18.</summary>
    public const int Count = 17;

    /// <summary>All seventeen: ListIncidents.sql's, the exports' and analytics_incidents' $1-$17.</summary>
    public static void Add(NpgsqlParameterCollection p, IncidentQuery query)
    {
        p.Add(new NpgsqlParameter<bool> { TypedValue = query.IncludeRetracted });
        AddBox(p, query.Bbox);
        AddAttributes(p, query);
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.Center.Lat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(query.Near?.RadiusM, NpgsqlDbType.Double));
        AddBox(p, query.Near?.Envelope());
    }

    /// <summary>Without the area filters, for queries whose area is fixed (a tile): include retracted, from, to, types, country, precision.</summary>
    public static void AddWithoutArea(NpgsqlParameterCollection p, IncidentQuery query)
    {
        p.Add(new NpgsqlParameter<bool> { TypedValue = query.IncludeRetracted });
        AddAttributes(p, query);
    }

    private static void AddAttributes(NpgsqlParameterCollection p, IncidentQuery query)
    {
        p.Add(IncidentRows.Nullable(query.From, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.To, NpgsqlDbType.Date));
        p.Add(IncidentRows.Nullable(query.Types?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.Country, NpgsqlDbType.Text));
        p.Add(IncidentRows.Nullable(query.MinPrecision is { } mp ? (short)mp : null, NpgsqlDbType.Smallint));
    }

    /// <summary>A box as four doubles (min lon, min lat, max lon, max lat), or four NULLs.</summary>
    public static void AddBox(NpgsqlParameterCollection p, BoundingBox? box)
    {
        p.Add(IncidentRows.Nullable(box?.MinLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MinLat, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLon, NpgsqlDbType.Double));
        p.Add(IncidentRows.Nullable(box?.MaxLat, NpgsqlDbType.Double));
    }
}
