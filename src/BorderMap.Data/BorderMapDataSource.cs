using Npgsql;

namespace BorderMap.Data;

/// <summary>Builds the one <see cref="NpgsqlDataSource"/> a process uses, with NetTopologySuite geometry mapping.</summary>
public static class BorderMapDataSource
{
    public static NpgsqlDataSource Create(string connectionString, string applicationName = "bordermap")
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
            builder.ConnectionStringBuilder.ApplicationName = applicationName;
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
