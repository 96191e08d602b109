using BorderMap.Data.Incidents;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data;

/// <summary>One positional parameter at a time, for the queries' own arguments after the filters of <see cref="IncidentFilterParameters"/>.</summary>
internal static class CommandParameters
{
    public static void Add<T>(NpgsqlCommand command, T value) => command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });

    /// <summary>A value that may be null, typed so that PostgreSQL knows its type either way.</summary>
    public static void Add(NpgsqlCommand command, object? value, NpgsqlDbType type) => command.Parameters.Add(IncidentRows.Nullable(value, type));
}
